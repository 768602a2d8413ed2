import "server-only";

import { collectPages } from "../lib/paging";
import { listRatings, listRatingSeries, listReader } from "./cached";

/**
 * Whole lists for the downloads, the feed and the sitemap, read page by page (100 at a time, the
 * API's maximum) through the cached reads, so a download does not touch the database when the
 * pages are cached.
 */

export function allEvents(order: "asc" | "desc" = "asc") {
  return collectPages((cursor) => listReader("event")({ limit: 100, order, cursor }));
}

export function allSources() {
  return collectPages((cursor) => listReader("source")({ limit: 100, cursor }));
}

/** Every series with its published ratings, in the record's order. */
export async function allRatings() {
  const series = await listRatingSeries();
  const lists = await Promise.all(series.map((s) => listRatings(s.slug)));
  return lists.flatMap((list) => (list ? [list] : []));
}
