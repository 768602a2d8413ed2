/**
 * Events in their given order, in runs by year of their start date: a timeline's sections. A year
 * appears once per run, so a list in date order (either way) gives one section per year.
 */
export function groupByYear<T extends { startDate: string }>(
  items: readonly T[],
): { year: string; items: T[] }[] {
  const groups: { year: string; items: T[] }[] = [];
  for (const item of items) {
    const year = item.startDate.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/**
 * An event's actors with each actor once and its roles together, in the API's order (it gives one
 * entry per actor and role).
 */
export function actorsWithRoles<T extends { slug: string; role: string }>(
  entries: readonly T[],
): (Omit<T, "role"> & { roles: string[] })[] {
  const bySlug = new Map<string, Omit<T, "role"> & { roles: string[] }>();
  for (const { role, ...actor } of entries) {
    const existing = bySlug.get(actor.slug);
    if (existing) {
      if (!existing.roles.includes(role)) existing.roles.push(role);
    } else bySlug.set(actor.slug, { ...actor, roles: role ? [role] : [] });
  }
  return [...bySlug.values()];
}

/** Places that belong on a map: with coordinates, and not the whole country (its centroid is no place). */
export function mappablePlaces<T extends { slug: string; lat: number | null; lng: number | null }>(
  places: readonly T[],
  countrySlugs: readonly string[] = [COUNTRY_PLACE],
): T[] {
  return places.filter((p) => p.lat !== null && p.lng !== null && !countrySlugs.includes(p.slug));
}

/** The record's country-level place: events "in Kazakhstan" without a more precise location. */
export const COUNTRY_PLACE = "kazakhstan";

/** Ratings as one entry per series with its years: "Freedom in the World: 1991–1995, 1998". */
export function ratingsBySeries(ratings: { series: string; seriesName: string; year: number }[]) {
  const bySeries = new Map<string, { name: string; years: number[] }>();
  for (const r of ratings) {
    const entry = bySeries.get(r.series) ?? { name: r.seriesName, years: [] };
    entry.years.push(r.year);
    bySeries.set(r.series, entry);
  }
  return [...bySeries].map(([slug, { name, years }]) => ({ slug, name, years: yearRuns(years) }));
}

/** Sorted years as runs: [1991, 1992, 1993, 1998] → "1991–1993, 1998". */
export function yearRuns(years: number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}
