// The record forms declared as data by their collections (`admin.form` in @kz/api/collections):
// FieldForm renders any of them; kinds without one (events, ratings, sources) have editors of
// their own.
import {
  COLLECTIONS,
  type AdminSpec,
  type Collection,
  type FieldInput,
  type FormSectionSpec,
} from "@kz/api/collections";
import type { CitationEditOutput } from "@kz/api/schemas";

import type { useTRPCClient } from "../../trpc/react";
import { citationValues } from "./citations-editor";
import type { EditableRecord } from "./use-record-editor";
import type { WorkflowRecord } from "./workflow-bar";

export type { FieldInput };

export type Client = ReturnType<typeof useTRPCClient>;

/** The kinds whose collection declares its form. */
export type FormKind = Extract<Collection, { admin: object }>["noun"];

export interface FormRecord extends EditableRecord, WorkflowRecord {
  form: Record<string, unknown>;
  /** The cited sources, for a form with citations. */
  citations?: CitationEditOutput[];
  /** Events of any status linking to the record, for a section that says so. */
  eventCount?: number;
}

const formCollection = (kind: FormKind) =>
  COLLECTIONS.find((c): c is Extract<Collection, { admin: object }> => c.noun === kind)!;

export const formSpecOf = (kind: FormKind): AdminSpec["form"] => formCollection(kind).admin.form;

/** The collection's admin procedures: every collection's router has the same ones. */
export const proceduresOf = (client: Client, kind: FormKind) =>
  client[kind].admin as unknown as {
    getForEdit: { query(input: { id: string }): Promise<FormRecord> };
    create: { mutate(input: never): Promise<{ id: string; version: number }> };
    update: { mutate(input: never): Promise<{ id: string; version: number }> };
  };

/**
 * A stored record's values as its form edits them: an empty optional text is "" in an input and
 * null when stored; citations' empty locators and quotes likewise.
 */
export function formValuesOf(kind: FormKind, record: FormRecord): Record<string, unknown> {
  const values: Record<string, unknown> = { ...record.form };
  for (const f of formSpecOf(kind).sections.flatMap((s) => s.fields)) {
    const value = values[f.name];
    if (f.type === "text" && f.optional) values[f.name] = value ?? "";
    if (f.type === "citations")
      values[f.name] = citationValues(value as Parameters<typeof citationValues>[0]);
  }
  return values;
}

/** The line under a section's title. */
export const sectionDescription = (section: FormSectionSpec, record: FormRecord | null) =>
  section.description ??
  (section.eventCountNote && record?.eventCount !== undefined
    ? `${section.eventCountNote} ${record.eventCount} events (of any status).`
    : undefined);
