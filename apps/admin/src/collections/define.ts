// The admin's side of a collection (issue 11): how its list reads (columns, filters, sorts), how
// a record is loaded for editing and which editor edits it. The generic routes under
// app/(admin)/[collection] and the trash render every collection from these; a kind's own
// editor (Event, Rating …) is its registered override.
import "server-only";

import type { CurrentUser } from "@kz/api";
import type { WorkflowStatus } from "@kz/api/schemas";
import type { ReactNode } from "react";

import type { SearchParams } from "../lib/format";
import type { api } from "../server/caller";

export type Caller = Awaited<ReturnType<typeof api>>;

/** The workflow columns every admin list item carries. */
export interface ListItem {
  id: string;
  status: WorkflowStatus;
  version: number;
  hasPendingChanges: boolean;
  publishAt: Date | null;
  deletedAt: Date | null;
  updatedAt: Date;
  updatedBy: string | null;
}

/** What every record opened for editing carries. */
export interface EditRecord {
  id: string;
  version: number;
  status: WorkflowStatus;
  deletedAt: Date | null;
}

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
  total: number;
}

/** A list filter besides search and status, read from the URL parameter `name`. */
export type ListFilter =
  | { name: string; label: string; emptyLabel: string; options: { value: string; label: string }[] }
  | { name: string; label: string; year: true };

/** A way to sort the list; the first one declared is the default. */
export interface ListSort {
  value: string;
  label: string;
  /** The order when the editor has not chosen one. */
  order: "asc" | "desc";
}

/**
 * A part of the collection a list shows one at a time (ratings, one series): the list input it
 * adds, the parameters links keep, and the tabs that switch between parts.
 */
export interface ListScope {
  input: Record<string, string | undefined>;
  keep: Record<string, string | undefined>;
  /** Tabs above the table, linking to `path` with `extra` parameters kept. */
  tabs(path: string, extra?: Record<string, string>): ReactNode;
  /** Nothing to list (no series yet). */
  empty: boolean;
}

export interface CollectionView<Item extends ListItem, Record extends EditRecord> {
  /** Under the list's heading. */
  lead: string;
  sorts: readonly [ListSort, ...ListSort[]];
  filters?(caller: Caller): ListFilter[] | Promise<ListFilter[]>;
  /** Label of the search box, if not "Search". */
  searchLabel?: string;
  scope?(caller: Caller, params: SearchParams): Promise<ListScope>;
  /** The collection's admin list procedure. */
  list(caller: Caller): (input: never) => Promise<Page<Item>>;
  columns: string[];
  title(item: Item): string;
  cells(item: Item): ReactNode[];
  /** A word beside the title in the trash (an event's date, a source's publisher). */
  trashDetail?(item: Item): string | null;
  /** Where "New" goes, given the list's scope parameters; by default the collection's /new. */
  newHref?(keep: ListScope["keep"]): string | null;
  /** More links beside "New", for roles that may publish (the ratings import). */
  actions?(keep: ListScope["keep"]): ReactNode;

  /** The collection's getForEdit procedure. */
  get(caller: Caller): (input: { id: string }) => Promise<Record>;
  recordTitle(record: Record): string;
  /** Where "back" goes from a record, if not the list. */
  back?(record: Record): { href: string; label: string };
  /** Under the heading of a new record. */
  newLead?: string;
  /** Where "back" goes from a new record, if not the list. */
  newBack?(query: SearchParams): { href: string; label: string };
  /** The form for a record, or for a new one (null). */
  editor(props: {
    user: CurrentUser;
    caller: Caller;
    record: Record | null;
    query: SearchParams;
  }): ReactNode | Promise<ReactNode>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyView = CollectionView<any, any>;

/** Declares a collection's view; the types of its list items and records are inferred. */
export const defineView = <Item extends ListItem, Record extends EditRecord>(
  view: CollectionView<Item, Record>,
): CollectionView<Item, Record> => view;
