// The registry: every kind of record, once. What lists kinds is derived from COLLECTIONS.
import { z } from "zod";

import { actors } from "./actor";
import { cases } from "./case";
import { events } from "./event";
import { places } from "./place";
import { ratings } from "./rating";
import { sources } from "./source";
import { topics } from "./topic";

export { defineCollection, exampleId, type CollectionConfig, type Relation } from "./define";
export { BY_LAST_UPDATE, type AdminSpec, type FieldInput, type FormSectionSpec } from "./admin";
export { ACTOR_KIND_LABELS } from "./actor";
export { CASE_KIND_LABELS, CASE_STATUS_LABELS } from "./case";
export { actors, cases, events, places, ratings, sources, topics };

// In the order the admin shows them.
export const COLLECTIONS = [events, cases, sources, ratings, topics, actors, places] as const;

export type Collection = (typeof COLLECTIONS)[number];

/** The tables a change locks rows of (shared/tx.ts lockRows). */
export type CollectionTable = Collection["table"];

export type CollectionEntityType = Collection["entityType"];

/** Every collection's entity type, for inputs and outputs that name a record's kind. */
export const collectionEntityType = z.enum(
  COLLECTIONS.map((c) => c.entityType) as [CollectionEntityType, ...CollectionEntityType[]],
);

/**
 * The collections in an order in which each comes after those it links to (a record's links are
 * published before it). Throws on a cycle of links, which no order satisfies.
 */
export function linkOrder<
  C extends { entityType: string; relations: Readonly<Record<string, { to: string }>> },
>(collections: readonly C[]): C[] {
  const ordered: C[] = [];
  const placed = new Set<string>();
  const linksOf = (c: C) => Object.values(c.relations).map((r) => r.to);
  let rest = [...collections];
  while (rest.length) {
    const ready = rest.filter((c) =>
      linksOf(c).every((l) => placed.has(l) || !rest.some((r) => r.entityType === l && r !== c)),
    );
    if (!ready.length)
      throw new Error(`Collections link in a cycle: ${rest.map((c) => c.entityType).join(", ")}`);
    for (const c of ready) placed.add(c.entityType);
    ordered.push(...ready);
    rest = rest.filter((c) => !ready.includes(c));
  }
  return ordered;
}
