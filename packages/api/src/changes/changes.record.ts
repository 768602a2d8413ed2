import { recordChangeLog, type ChangeEntityType } from "@kz/db";

import { withheldSlug } from "../actor/public-actor";
import { oneByOne, type Tx } from "../shared/tx";

type Dependents = (tx: Tx, ids: string[]) => Promise<[ChangeEntityType, string[]][]>;

const present = (values: (string | null)[]) => values.filter((v): v is string => v !== null);

/** The events and the cases that link to a record, read one after the other in the transaction. */
async function eventsAndCases(
  links: readonly [Promise<{ eventId: string }[]>, Promise<{ caseId: string }[]>],
): Promise<[ChangeEntityType, string[]][]> {
  const [events, cases] = await oneByOne(links);
  return [
    ["EVENT", events.map((l) => l.eventId)],
    ["CASE", cases.map((l) => l.caseId)],
  ];
}

// Records that show another record's public fields: an event lists its topics, places, actors
// and the number (and titles) of its published sources; topics (their facts too) and ratings cite
// sources; a case shows its people, topics, events and the sources of its timeline and findings.
const DEPENDENTS: Partial<Record<ChangeEntityType, Dependents>> = {
  SOURCE: async (tx, sourceIds) => {
    const citations = await tx.citation.findMany({
      where: { sourceId: { in: sourceIds } },
      select: {
        eventId: true,
        topicId: true,
        ratingId: true,
        caseEntry: { select: { caseId: true } },
        caseFinding: { select: { caseId: true } },
        topicFact: { select: { topicId: true } },
      },
    });
    return [
      ["TOPIC", present(citations.map((c) => c.topicId ?? c.topicFact?.topicId ?? null))],
      ["RATING", present(citations.map((c) => c.ratingId))],
      ["EVENT", present(citations.map((c) => c.eventId))],
      ["CASE", present(citations.map((c) => c.caseEntry?.caseId ?? c.caseFinding?.caseId ?? null))],
    ];
  },
  TOPIC: (tx, topicIds) =>
    eventsAndCases([
      tx.eventTopic.findMany({ where: { topicId: { in: topicIds } } }),
      tx.caseTopic.findMany({ where: { topicId: { in: topicIds } } }),
    ]),
  PLACE: async (tx, placeIds) => {
    const links = await tx.eventPlace.findMany({ where: { placeId: { in: placeIds } } });
    return [["EVENT", links.map((l) => l.eventId)]];
  },
  ACTOR: (tx, actorIds) =>
    eventsAndCases([
      tx.eventActor.findMany({ where: { actorId: { in: actorIds } } }),
      tx.caseActor.findMany({ where: { actorId: { in: actorIds } } }),
    ]),
  EVENT: async (tx, eventIds) => {
    const links = await tx.caseEvent.findMany({ where: { eventId: { in: eventIds } } });
    return [["CASE", links.map((l) => l.caseId)]];
  },
};

/**
 * The feed must not carry a protected person's slug (it is made from their name): their rows, the
 * ones just written and any written before they were protected, take the withheld slug.
 */
async function withholdProtectedSlugs(tx: Tx, actorIds: readonly string[]): Promise<void> {
  const protectedActors = await tx.actor.findMany({
    where: { id: { in: [...actorIds] }, isProtected: true },
    select: { id: true, pseudonym: true },
  });
  for (const actor of protectedActors) {
    await tx.changeLog.updateMany({
      where: { entityType: "ACTOR", entityId: actor.id, slug: { not: withheldSlug(actor) } },
      data: { slug: withheldSlug(actor) },
    });
  }
}

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
  if (entityType === "ACTOR") await withholdProtectedSlugs(tx, recordIds);
  const dependents = DEPENDENTS[entityType];
  if (!recorded.length || !dependents) return;
  for (const [type, dependentIds] of await dependents(
    tx,
    recorded.map((r) => r.entityId),
  )) {
    await recordChangeLog(tx, type, dependentIds, dependentIds);
  }
}
