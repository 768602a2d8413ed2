// A record form declared as data (issue 11): which fields, in which sections, with which inputs.
// FieldForm renders any of these; kinds whose form needs more (events, ratings, sources) keep
// their own editor as an override.
import type { CitationEditOutput } from "@kz/api/schemas";
import type { z } from "zod";

import type { useTRPCClient } from "../../trpc/react";
import type { EditableRecord } from "./use-record-editor";
import type { WorkflowRecord } from "./workflow-bar";

export type Client = ReturnType<typeof useTRPCClient>;

/** One input; its label is the collection's label for `name`. */
export type FieldInput =
  | { name: string; type: "text"; optional?: boolean; hint?: string }
  | { name: string; type: "slug"; from: string }
  | { name: string; type: "select"; options: Readonly<Record<string, string>> }
  | { name: string; type: "lines"; hint: string }
  | { name: string; type: "textarea"; hint?: string; rows: number }
  /** Numbers side by side when consecutive and `inline`. */
  | {
      name: string;
      type: "number";
      optional?: boolean;
      hint?: string;
      inline?: boolean;
      min?: number;
    }
  | { name: string; type: "markdown" }
  | { name: "citations"; type: "citations" };

export interface FormRecord extends EditableRecord, WorkflowRecord {
  form: Record<string, unknown>;
  /** The cited sources, for a form with citations. */
  citations?: CitationEditOutput[];
}

export interface FormSection<Rec> {
  title: string;
  description?: (record: Rec | null) => string | undefined;
  fields: FieldInput[];
}

export interface RecordForm<Rec extends FormRecord> {
  // The collection's own form schema: the one its API procedures validate with.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  schema: z.ZodType<any, any>;
  /** A new record's values; `defaults` from the page fill in what depends on the data. */
  empty: Record<string, unknown>;
  /** The form's values for a stored record, where they differ from `record.form`. */
  toValues?: (record: Rec) => Record<string, unknown>;
  /** The collection's admin procedures. */
  procedures: (client: Client) => {
    getForEdit: { query(input: { id: string }): Promise<Rec> };
    create: { mutate(input: never): Promise<{ id: string; version: number }> };
    update: { mutate(input: never): Promise<{ id: string; version: number }> };
  };
  sections: FormSection<Rec>[];
}

/** Declares a record form; the type of its record is inferred from its procedures. */
export const defineRecordForm = <Rec extends FormRecord>(form: RecordForm<Rec>) => form;
