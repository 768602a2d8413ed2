// The server part of each collection, registered once: the workflow engine's description of its
// records and its API. Keyed by entity type, so a registered collection without one does not
// compile; the app router (root.ts) and everything that acts on any kind of record derive from it.
import { actorServer } from "../actor/actor.router";
import { caseServer } from "../case/case.router";
import { eventServer } from "../event/event.router";
import { placeServer } from "../place/place.router";
import { ratingServer } from "../rating/rating.router";
import { sourceServer } from "../source/source.router";
import { topicServer } from "../topic/topic.router";
import type { AnyKind } from "./define-server";
import { COLLECTIONS, linkOrder, type CollectionEntityType } from "./index";

export const SERVER_COLLECTIONS = {
  EVENT: eventServer,
  CASE: caseServer,
  SOURCE: sourceServer,
  RATING: ratingServer,
  TOPIC: topicServer,
  ACTOR: actorServer,
  PLACE: placeServer,
} satisfies { [T in CollectionEntityType]: { collection: { entityType: T } } };

type ServerCollections = typeof SERVER_COLLECTIONS;

export const SERVER_KINDS = Object.fromEntries(
  Object.entries(SERVER_COLLECTIONS).map(([type, s]) => [type, s.kind]),
) as Record<CollectionEntityType, AnyKind>;

/** Every collection's engine description, each after the collections it links to. */
export const KINDS_IN_LINK_ORDER: AnyKind[] = linkOrder(COLLECTIONS).map(
  (c) => SERVER_KINDS[c.entityType],
);

export const isCollectionType = (type: string): type is CollectionEntityType =>
  type in SERVER_KINDS;

/** Each collection's router under its noun: `event`, `place` … */
export type CollectionRouters = {
  [T in keyof ServerCollections as ServerCollections[T]["collection"]["noun"]]: ReturnType<
    ServerCollections[T]["router"]
  >;
};

/** Builds every collection's router (see ServerCollection.router for why only now). */
export const collectionRouters = (): CollectionRouters =>
  Object.fromEntries(
    Object.values(SERVER_COLLECTIONS).map((s) => [s.collection.noun, s.router()]),
  ) as CollectionRouters;
