// The server part of each collection: how the workflow engine loads, prepares, writes and removes
// its records. Keyed by entity type, so a registered collection without one does not compile.
import { actorKind } from "../actor/actor.admin.service";
import { eventKind } from "../event/event.admin.service";
import { placeKind } from "../place/place.admin.service";
import { ratingKind } from "../rating/rating.admin.service";
import { sourceKind } from "../source/source.admin.service";
import { topicKind } from "../topic/topic.admin.service";
import type { WorkflowKind } from "../workflow/engine";
import { COLLECTIONS, linkOrder, type CollectionEntityType } from "./index";

type AnyKind = WorkflowKind<object, unknown>;

export const SERVER_KINDS: Record<CollectionEntityType, AnyKind> = {
  EVENT: eventKind as unknown as AnyKind,
  SOURCE: sourceKind as unknown as AnyKind,
  RATING: ratingKind as unknown as AnyKind,
  TOPIC: topicKind as unknown as AnyKind,
  ACTOR: actorKind as unknown as AnyKind,
  PLACE: placeKind as unknown as AnyKind,
};

/** Every collection's engine description, each after the collections it links to. */
export const KINDS_IN_LINK_ORDER: AnyKind[] = linkOrder(COLLECTIONS).map(
  (c) => SERVER_KINDS[c.entityType],
);

export const isCollectionType = (type: string): type is CollectionEntityType =>
  type in SERVER_KINDS;
