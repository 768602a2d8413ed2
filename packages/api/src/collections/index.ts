// The registry: every kind of record, once. What lists kinds is derived from COLLECTIONS.
import { z } from "zod";

import { actors } from "./actor";
import { events } from "./event";
import { places } from "./place";
import { ratings } from "./rating";
import { sources } from "./source";
import { topics } from "./topic";

export { defineCollection, type CollectionConfig } from "./define";
export { actors, events, places, ratings, sources, topics };

// In the order the admin shows them.
export const COLLECTIONS = [events, sources, ratings, topics, actors, places] as const;

export type Collection = (typeof COLLECTIONS)[number];

/** The tables a change locks rows of (shared/tx.ts lockRows). */
export type CollectionTable = Collection["table"];

export type CollectionEntityType = Collection["entityType"];

/** The entity types of the collections with this lifecycle. */
export type EntityTypeWith<L extends Collection["lifecycle"]> = Extract<
  Collection,
  { lifecycle: L }
>["entityType"];

/** Every collection's entity type, for inputs and outputs that name a record's kind. */
export const collectionEntityType = z.enum(
  COLLECTIONS.map((c) => c.entityType) as [CollectionEntityType, ...CollectionEntityType[]],
);
