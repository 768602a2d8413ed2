import { recordChangeLog, type ChangeEntityType } from "@kz/db";

import type { Tx } from "../shared/tx";

type Dependents = (tx: Tx, ids: string[]) => Promise<[ChangeEntityType, string[]][]>;

const present = (values: (string | null)[]) => values.filter((v): v is string => v !== null);

// Records that show another record's public fields: an event lists its topics, places, actors
// and the number (and titles) of its published sources; topics and ratings cite sources too.
const DEPENDENTS: Partial<Record<ChangeEntityType, Dependents>> = {
  SOURCE: async (tx, sourceIds) => {
    const citations = await tx.citation.findMany({
      where: { sourceId: { in: sourceIds } },
      select: { eventId: true, topicId: true, ratingId: true },
    });
    return [
      ["TOPIC", present(citations.map((c) => c.topicId))],
      ["RATING", present(citations.map((c) => c.ratingId))],
      ["EVENT", present(citations.map((c) => c.eventId))],
    ];
  },
  TOPIC: async (tx, topicIds) => {
    const links = await tx.eventTopic.findMany({ where: { topicId: { in: topicIds } } });
    return [["EVENT", links.map((l) => l.eventId)]];
  },
  PLACE: async (tx, placeIds) => {
    const links = await tx.eventPlace.findMany({ where: { placeId: { in: placeIds } } });
    return [["EVENT", links.map((l) => l.eventId)]];
  },
  ACTOR: async (tx, actorIds) => {
    const links = await tx.eventActor.findMany({ where: { actorId: { in: actorIds } } });
    return [["EVENT", links.map((l) => l.eventId)]];
  },
};

/**
 * Writes the changes feed for records a mutation may have changed, in its transaction: whatever
 * became public, changed while public (`contentChanged`), or stopped being public. A change to a
 * source, topic, place or actor also marks the public records that show it as updated.
 */
export async function recordChanges(
  tx: Tx,
  entityType: ChangeEntityType,
  recordIds: readonly string[],
  contentChanged: readonly string[] = [],
): Promise<void> {
  const recorded = await recordChangeLog(tx, entityType, recordIds, contentChanged);
  const dependents = DEPENDENTS[entityType];
  if (!recorded.length || !dependents) return;
  for (const [type, dependentIds] of await dependents(
    tx,
    recorded.map((r) => r.entityId),
  )) {
    await recordChangeLog(tx, type, dependentIds, dependentIds);
  }
}
