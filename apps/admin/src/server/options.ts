import "server-only";

import type { EntityType } from "@kz/db";

import {
  collectionOf,
  optionOf,
  optionSort,
  type LinkedItem,
  type LinkOptions,
  type Option,
} from "../components/content/link-options";
import { STATUS_LABELS } from "../components/content/status";
import type { api } from "./caller";

type Caller = Awaited<ReturnType<typeof api>>;

/** Every page of a cursor-paged admin list (pickers need them all; there are tens, not thousands). */
async function everyPage<Item>(
  read: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>,
  maxPages = 20,
): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i += 1) {
    const page = await read(cursor);
    items.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return items;
}

export type { Option };

type LinkedList = (input: {
  limit: number;
  cursor: string | undefined;
  sort: string;
  order: "asc" | "desc";
  trash: false;
}) => Promise<{ items: LinkedItem[]; nextCursor: string | null }>;

/**
 * The records of any registered collection outside the trash, as a picker's choices: in the
 * collection's own order (topics by position) or by title, named by its title field, with a note
 * for the protected and the unpublished (link-options.ts).
 */
export async function recordOptions(caller: Caller, to: EntityType): Promise<Option[]> {
  const collection = collectionOf(to);
  const list = (caller[collection.noun].admin as unknown as { list: LinkedList }).list;
  const { sort, order } = optionSort(collection);
  const items = await everyPage((cursor) =>
    list({ limit: 100, cursor, sort, order, trash: false }),
  );
  return items.map((item) => optionOf(collection, item, STATUS_LABELS));
}

/** The choices of every collection the `links` fields name, each list read once. */
export async function linkOptions(caller: Caller, to: readonly EntityType[]): Promise<LinkOptions> {
  const types = [...new Set(to)];
  const lists = await Promise.all(types.map((t) => recordOptions(caller, t)));
  return Object.fromEntries(types.map((t, i) => [t, lists[i]]));
}

/** Topics outside the trash, in their display order. */
export const topicOptions = (caller: Caller): Promise<Option[]> => recordOptions(caller, "TOPIC");

/** Places outside the trash, by name. */
export async function placeOptions(caller: Caller): Promise<Option[]> {
  const places = await everyPage((cursor) =>
    caller.place.admin.list({ limit: 100, cursor, sort: "title", order: "asc", trash: false }),
  );
  // A place nobody has published says so: an event linking it cannot be public without it.
  return places.map((p) => ({
    id: p.id,
    name: p.name,
    note:
      [p.region, p.status === "PUBLISHED" ? null : STATUS_LABELS[p.status]]
        .filter(Boolean)
        .join(" · ") || undefined,
  }));
}

/** Rating series, in display order. */
export async function seriesOptions(caller: Caller): Promise<Option[]> {
  const series = await caller.rating.admin.seriesList();
  return series.map((s) => ({ id: s.id, name: s.name }));
}
