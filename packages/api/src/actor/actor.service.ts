import { Prisma, type Db } from "@kz/db";

import { notFound } from "../errors";
import {
  publicActor,
  publicActorDetails,
  publicActorIdBySlug,
  publicActorSelect,
} from "./public-actor";
import { PUBLIC_ACTOR_NAME } from "./public-actor.sql";
import {
  chronological,
  eventSummarySelect,
  toEventSummary,
  withSourceCounts,
  type SiteContext,
} from "../event/event.service";
import { lower } from "../shared/enums";
import { matchingIds } from "../shared/fulltext.sql";
import { cursorPosition, keysetPageOf, textKey } from "../shared/pagination";
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

const visible = Prisma.sql`t.status = 'PUBLISHED' AND t."deletedAt" IS NULL`;

/**
 * Published actors by the name the public sees (a protected person's pseudonym: where their real
 * name sorts would tell something of it), with keyset pagination on (that name, id).
 */
export async function listActors(db: Db, input: ActorListInput): Promise<ActorListOutput> {
  const cursor = await cursorPosition(input.cursor, textKey, async (id) => {
    const [row] = await db.$queryRaw<{ name: string }[]>`
      SELECT ${PUBLIC_ACTOR_NAME} AS name FROM "Actor" t WHERE t.id = ${id} AND ${visible}`;
    return row?.name ?? null;
  });
  const matching = input.q ? await matchingIds(db, "actor", input.q) : null;
  if (matching?.length === 0) return { items: [], nextCursor: null, total: 0 };
  const conditions = [visible];
  if (matching) conditions.push(Prisma.sql`t.id = ANY(${matching}::text[])`);
  if (input.kind) conditions.push(Prisma.sql`t.kind = ${input.kind.toUpperCase()}::"ActorKind"`);
  const where = Prisma.join(conditions, " AND ");
  const after = cursor
    ? Prisma.sql`AND (${PUBLIC_ACTOR_NAME}, t.id) > (${cursor.key}, ${cursor.id})`
    : Prisma.empty;
  const [ordered, [count]] = await Promise.all([
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT t.id, ${PUBLIC_ACTOR_NAME} AS name FROM "Actor" t WHERE ${where} ${after}
      ORDER BY ${PUBLIC_ACTOR_NAME}, t.id
      LIMIT ${input.limit + 1}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Actor" t WHERE ${where}`,
  ]);
  const { page, nextCursor } = keysetPageOf(ordered, input.limit, (a) => a.name);
  const ids = page.map((a) => a.id);
  const [rows, counts] = await Promise.all([
    db.actor.findMany({
      where: { id: { in: ids } },
      select: { id: true, ...publicActorSelect, otherNames: true, description: true },
    }),
    eventCounts(db, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: ids.flatMap((id) => {
      const a = byId.get(id);
      if (!a) return [];
      const shown = publicActor(a);
      return [
        {
          id,
          ...shown,
          kind: lower(shown.kind),
          otherNames: publicActorDetails(a).otherNames,
          eventCount: counts.get(id) ?? 0,
        },
      ];
    }),
    nextCursor,
    total: Number(count?.total ?? 0),
  };
}

/**
 * One published actor with the published events they took part in and their roles there. A
 * protected person is found only at their withheld address, and shown without name, other names
 * or description.
 */
export async function getActorBySlug(
  db: Db,
  input: ActorBySlugInput,
  ctx: SiteContext,
): Promise<ActorDetail> {
  const id = await publicActorIdBySlug(db, input.slug);
  const actor = id
    ? await db.actor.findFirst({
        where: { id, ...publishedActor },
        select: { id: true, ...publicActorSelect, otherNames: true, description: true },
      })
    : null;
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
  const shown = publicActor(actor);
  return {
    id: actor.id,
    ...shown,
    kind: lower(shown.kind),
    ...publicActorDetails(actor),
    eventCount: events.length,
    events: events.map((e) => {
      const roles = e.actors.map((a) => a.role);
      return { ...toEventSummary(e, ctx.siteUrl), role: roles.join(", "), roles };
    }),
  };
}
