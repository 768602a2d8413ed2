// The server part of each collection: how the workflow engine loads and writes its records, and how
// a revision of one is restored. Keyed by entity type, so a registered collection without its server
// part does not compile.
import type { Db } from "@kz/db";

import { actorKind, restoreActorData } from "../actor/actor.admin.service";
import type { Mutation } from "../cache/revalidate";
import { eventKind, restoreEventData } from "../event/event.admin.service";
import { placeKind, restorePlaceData } from "../place/place.admin.service";
import { ratingKind, restoreRatingData } from "../rating/rating.admin.service";
import type { Editor } from "../shared/editor";
import { restoreSourceData, sourceKind } from "../source/source.admin.service";
import { restoreTopicData, topicKind } from "../topic/topic.admin.service";
import type { WorkflowKind } from "../workflow/engine";
import type { WorkflowResultOutput } from "../workflow/workflow.schema";
import { COLLECTIONS, linkOrder, type CollectionEntityType } from "./index";

export interface ServerCollection {
  kind: WorkflowKind<object>;
  /** Saves a revision's snapshot as the record's new content (a draft, or pending changes). */
  restoreRevision(
    db: Db,
    target: { id: string; expectedVersion: number; note?: string; revision: number },
    snapshot: unknown,
    editor: Editor,
  ): Promise<Mutation<WorkflowResultOutput>>;
}

const server = <Data extends object>(
  kind: WorkflowKind<Data>,
  restoreRevision: ServerCollection["restoreRevision"],
): ServerCollection => ({ kind: kind as unknown as WorkflowKind<object>, restoreRevision });

export const SERVER_COLLECTIONS: Record<CollectionEntityType, ServerCollection> = {
  EVENT: server(eventKind, restoreEventData),
  SOURCE: server(sourceKind, restoreSourceData),
  RATING: server(ratingKind, restoreRatingData),
  TOPIC: server(topicKind, restoreTopicData),
  ACTOR: server(actorKind, restoreActorData),
  PLACE: server(placeKind, restorePlaceData),
};

/** Every collection's engine description, each after the collections it links to. */
export const KINDS_IN_LINK_ORDER: WorkflowKind<object>[] = linkOrder(COLLECTIONS).map(
  (c) => SERVER_COLLECTIONS[c.entityType].kind,
);

export const isCollectionType = (type: string): type is CollectionEntityType =>
  type in SERVER_COLLECTIONS;
