import { Prisma, type ActorKind, type Db } from "@kz/db";

import { notFound } from "../errors";
import {
  chronological,
  eventSummarySelect,
  toEventSummary,
  withSourceCounts,
  type SiteContext,
} from "../event/event.service";
import { lower } from "../shared/enums";
import { matchingIds } from "../shared/fulltext.sql";
import { findCursorRow, pageOf } from "../shared/pagination";
import { publishedActor, publishedEvent } from "../shared/visibility";
import type {
  ActorBySlugInput,
  ActorDetail,
  ActorListInput,
  ActorListOutput,
} from "./actor.schema";

/**
 * Published events per actor, counted once however many roles the actor had in an event: one grouped
 * query for a whole page.
 */
async function eventCounts(db: Db, actorIds: string[]): Promise<Map<string, number>> {
  if (!actorIds.length) return new Map();
  const rows = await db.$queryRaw<{ actorId: string; count: number }[]>`
    SELECT ea."actorId", count(DISTINCT ea."eventId")::int AS count
    FROM "EventActor" ea JOIN "Event" e ON e.id = ea."eventId"
    WHERE ea."actorId" IN (${Prisma.join(actorIds)})
      AND e.status = 'PUBLISHED' AND e."deletedAt" IS NULL
    GROUP BY ea."actorId"`;
  return new Map(rows.map((r) => [r.actorId, Number(r.count)]));
}

/** Published actors by name, with keyset pagination on (name, id). */
export async function listActors(db: Db, input: ActorListInput): Promise<ActorListOutput> {
  const cursorId = (
    await findCursorRow(input.cursor, (id) =>
      db.actor.findFirst({ where: { id, ...publishedActor }, select: { id: true } }),
    )
  )?.id;
  const matching = input.q ? await matchingIds(db, "actor", input.q) : null;
  if (matching?.length === 0) return { items: [], nextCursor: null, total: 0 };
  const where: Prisma.ActorWhereInput = {
    ...publishedActor,
    ...(matching ? { id: { in: matching } } : {}),
    ...(input.kind ? { kind: input.kind.toUpperCase() as ActorKind } : {}),
  };
  const [rows, total] = await Promise.all([
    db.actor.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: input.limit + 1,
      select: { id: true, slug: true, name: true, kind: true, otherNames: true },
      ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
    }),
    db.actor.count({ where }),
  ]);
  const { page, nextCursor } = pageOf(rows, input.limit);
  const counts = await eventCounts(
    db,
    page.map((a) => a.id),
  );
  return {
    items: page.map((a) => ({ ...a, kind: lower(a.kind), eventCount: counts.get(a.id) ?? 0 })),
    nextCursor,
    total,
  };
}

/** One published actor with the published events they took part in and their roles there. */
export async function getActorBySlug(
  db: Db,
  input: ActorBySlugInput,
  ctx: SiteContext,
): Promise<ActorDetail> {
  const actor = await db.actor.findFirst({ where: { slug: input.slug, ...publishedActor } });
  if (!actor) throw notFound("Actor");
  const events = await withSourceCounts(
    db,
    await db.event.findMany({
      where: { ...publishedEvent, actors: { some: { actorId: actor.id } } },
      select: {
        ...eventSummarySelect,
        actors: { where: { actorId: actor.id }, orderBy: { role: "asc" }, select: { role: true } },
      },
      orderBy: chronological,
    }),
  );
  return {
    id: actor.id,
    slug: actor.slug,
    name: actor.name,
    kind: lower(actor.kind),
    otherNames: actor.otherNames,
    description: actor.description,
    eventCount: events.length,
    events: events.map((e) => {
      const roles = e.actors.map((a) => a.role);
      return { ...toEventSummary(e, ctx.siteUrl), role: roles.join(", "), roles };
    }),
  };
}
