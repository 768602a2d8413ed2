import "server-only";

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

export interface Option {
  id: string;
  name: string;
  /** A word about it, e.g. "Draft". */
  note?: string;
}

/** Topics outside the trash, in their display order. */
export async function topicOptions(caller: Caller): Promise<Option[]> {
  const topics = await everyPage((cursor) =>
    caller.topic.admin.list({ limit: 100, cursor, sort: "position", order: "asc", trash: false }),
  );
  return topics.map((t) => ({
    id: t.id,
    name: t.name,
    note: t.status === "PUBLISHED" ? undefined : STATUS_LABELS[t.status],
  }));
}

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
