// How the admin lists and edits a collection that needs no editor of its own: its list columns and
// its form, declared as data. The admin renders every such collection with one generic list and
// one field-driven form (apps/admin: collections/generic.tsx, components/content/field-form.tsx);
// a collection that leaves this out registers an editor of its own there (events, ratings, sources).
// Client-safe: the admin's browser code reads it.
import type { EntityType, Role } from "@kz/db";
import type { z } from "zod";

/** One input of the form; its label is the collection's label for `name`. */
export type FieldInput =
  | { name: string; type: "text"; optional?: boolean; hint?: string }
  | { name: string; type: "slug"; from: string }
  | { name: string; type: "select"; options: Readonly<Record<string, string>> }
  | { name: string; type: "lines"; hint: string }
  /** Optional unless `required` (most long texts are: a description, a note). */
  | { name: string; type: "textarea"; hint?: string; rows: number; required?: boolean }
  /** Numbers side by side when consecutive and `inline`. */
  | {
      name: string;
      type: "number";
      optional?: boolean;
      hint?: string;
      inline?: boolean;
      min?: number;
      /** A new record takes the next number after the largest in the list (a topic's position). */
      next?: boolean;
    }
  | { name: string; type: "markdown" }
  | { name: "citations"; type: "citations" }
  /** A yes/no field (a person's protection), ticked by `text`; `marker` shows while it is ticked. */
  | {
      name: string;
      type: "checkbox";
      text: string;
      hint?: string;
      marker?: string;
      /**
       * Unticking a stored tick is a decision of `role` or higher (the server refuses anyone else
       * with `refused`), asked for again in a dialog naming its consequence.
       */
      uncheck?: {
        role: Role;
        refused: string;
        title: string;
        consequence: string;
        confirm: string;
      };
    }
  /** A calendar date ("YYYY-MM-DD"), at the precision held by the field `precision` names. */
  | { name: string; type: "date"; precision: string; optional?: boolean; hint?: string }
  /** Ids of records of another collection, chosen from its records outside the trash. */
  | { name: string; type: "links"; to: EntityType; hint?: string }
  /**
   * A list of items each edited with `fields` (a case's timeline entries), added, removed and
   * reordered; `citations` inside an item edits that item's own footnotes.
   */
  | {
      name: string;
      type: "entries";
      /** How one item reads: "Entry" → "Entry 2", "Add an entry". */
      item: string;
      hint?: string;
      /** A new item's values. */
      empty: Readonly<Record<string, unknown>>;
      /** Each item's fields, labelled by `labels` (their own, not the collection's). */
      fields: readonly FieldInput[];
      labels: Readonly<Record<string, string>>;
    };

export interface FormSectionSpec {
  title: string;
  description?: string;
  /** "Named in": the section says "Named in 3 events (of any status)." for a stored record. */
  eventCountNote?: string;
  fields: readonly FieldInput[];
}

/** A way to sort the admin list; the first one declared is the default. */
export interface ListSortSpec {
  value: string;
  label: string;
  order: "asc" | "desc";
}

export interface AdminSpec {
  /** Under the list's heading. */
  lead: string;
  /** The field that names a record in lists, headings and the trash. */
  titleField: string;
  sorts: readonly [ListSortSpec, ...ListSortSpec[]];
  /** Choices that narrow the list, each read from the URL parameter and list input `name`. */
  filters?: readonly {
    name: string;
    label: string;
    emptyLabel: string;
    options: Readonly<Record<string, string>>;
  }[];
  /**
   * The list's columns after the title, each a field of the list item (lists joined, nothing as
   * "—", a select's value by its label); "Updated" is added after them.
   */
  columns: readonly { field: string; label: string; options?: Readonly<Record<string, string>> }[];
  form: {
    // The collection's own form schema: the one its API procedures validate with.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    schema: z.ZodType<any, any>;
    /** A new record's values. */
    empty: Readonly<Record<string, unknown>>;
    sections: readonly FormSectionSpec[];
  };
}

/** Sorting by the title field, in the collection's own word for it ("Name", "Title"). */
export const byTitle = (label: string): ListSortSpec => ({ value: "title", label, order: "asc" });
export const BY_LAST_UPDATE: ListSortSpec = {
  value: "updatedAt",
  label: "Last updated",
  order: "desc",
};

/** The list column of how many events name the record. */
export const EVENT_COUNT_COLUMN = { field: "eventCount", label: "Events" } as const;

/** The field that names a record and its slug, made from it: the first inputs of a form. */
export const titleAndSlug = (name: string): FieldInput[] => [
  { name, type: "text" },
  { name: "slug", type: "slug", from: name },
];
