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
import type { FieldValues } from "react-hook-form";

import type { useTRPCClient } from "../../trpc/react";
import { citationValues } from "./citation-values";
import type { Formatters } from "./conflict-panel";
import type { LinkOptions, Option } from "./link-options";
import type { EditableRecord, EditorProcedures } from "./use-record-editor";
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
  client[kind].admin as unknown as EditorProcedures<FieldValues, FormRecord>;

/**
 * Stored values as a form edits them, field by field: an empty text or date is "" in an input and
 * null when stored (the schemas take "" back as nothing); citations' empty locators and quotes
 * likewise; each item of `entries` by its own fields.
 */
export function fieldValuesOf(
  fields: readonly FieldInput[],
  stored: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const values: Record<string, unknown> = { ...stored };
  for (const f of fields) {
    const value = values[f.name];
    if (f.type === "text" || f.type === "date") values[f.name] = value ?? "";
    if (f.type === "links") values[f.name] = value ?? [];
    if (f.type === "citations")
      values[f.name] = citationValues((value ?? []) as Parameters<typeof citationValues>[0]);
    if (f.type === "entries")
      values[f.name] = ((value ?? []) as Record<string, unknown>[]).map((item) =>
        fieldValuesOf(f.fields, item),
      );
  }
  return values;
}

/** A stored record's values as its form edits them (fieldValuesOf, over every section). */
export const formValuesOf = (kind: FormKind, record: FormRecord): Record<string, unknown> =>
  fieldValuesOf(
    formSpecOf(kind).sections.flatMap((s) => s.fields),
    record.form,
  );

/** The line under a section's title. */
export const sectionDescription = (section: FormSectionSpec, record: FormRecord | null) =>
  section.description ??
  (section.eventCountNote && record?.eventCount !== undefined
    ? `${section.eventCountNote} ${record.eventCount} events (of any status).`
    : undefined);

const namesOf = (value: unknown, options: readonly Option[] = []) => {
  const byId = new Map(options.map((o) => [o.id, o.name]));
  return Array.isArray(value) ? value.map((id) => byId.get(String(id)) ?? String(id)) : [];
};

/** One item of `entries` on a line: its values, a choice by its label, the date's precision left out. */
function itemLine(
  fields: readonly FieldInput[],
  item: Readonly<Record<string, unknown>>,
  options: LinkOptions,
): string {
  const precisions = new Set(fields.flatMap((f) => (f.type === "date" ? [f.precision] : [])));
  return fields
    .flatMap((f): string[] => {
      const value = item[f.name];
      if (precisions.has(f.name)) return [];
      if (f.type === "select") return value ? [f.options[String(value)] ?? String(value)] : [];
      if (f.type === "links") return namesOf(value, options[f.to]);
      if (f.type === "citations" && Array.isArray(value))
        return value.length ? [`${value.length} source${value.length === 1 ? "" : "s"}`] : [];
      if (typeof value === "string") return value.trim() ? [value.trim()] : [];
      if (typeof value === "number") return [String(value)];
      return [];
    })
    .join(" · ");
}

/**
 * How the conflict panel and the list of pending changes read the fields that are not plain
 * values: linked records by name, a list's items one per line.
 */
export function fieldFormatters(fields: readonly FieldInput[], options: LinkOptions): Formatters {
  const formatters: Formatters = {};
  for (const f of fields) {
    if (f.type === "links")
      formatters[f.name] = (value) => namesOf(value, options[f.to]).join(", ") || "—";
    if (f.type === "entries")
      formatters[f.name] = (value) =>
        Array.isArray(value) && value.length
          ? value
              .map((item, i) => `${i + 1}. ${itemLine(f.fields, item ?? {}, options) || "—"}`)
              .join("\n")
          : "—";
  }
  return formatters;
}
