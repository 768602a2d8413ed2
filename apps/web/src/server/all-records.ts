import "server-only";

import { routing, type Locale } from "../i18n/routing";
import { collectPages } from "../lib/paging";
import { listRatings, listRatingSeries, listReader, recordReader } from "./cached";

/**
 * Whole lists for the downloads, the feed and the sitemap, read page by page (100 at a time, the
 * API's maximum) through the cached reads, so a download does not touch the database when the
 * pages are cached.
 */

/** Every published event; in `locale`, with its published translations (English by default). */
export function allEvents(order: "asc" | "desc" = "asc", locale: Locale = routing.defaultLocale) {
  const language = locale === routing.defaultLocale ? {} : { locale };
  return collectPages((cursor) => listReader("event")({ limit: 100, order, cursor, ...language }));
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

/** Every published case, the most recent last known status first (case.list is not paginated). */
export async function allCases() {
  return (await listReader("case")()).items;
}

/** Every published case with its timeline, in the order of `allCases`. */
export async function allCaseDetails() {
  const cases = await allCases();
  const details = await Promise.all(cases.map((c) => recordReader("case")(c.slug)));
  // A case withdrawn between the two reads is left out.
  return details.flatMap((d) => (d ? [d] : []));
}
