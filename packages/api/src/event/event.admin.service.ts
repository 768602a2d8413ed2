import type { Db, Prisma } from "@kz/db";

import { eventTags } from "../cache/tags";
import { citationsOf, textOrNull } from "../shared/admin.schema";
import { citationSelect, citationsWithSources } from "../shared/citation-lookup";
import { parseIsoDate, toIsoDate, toIsoDateOrNull } from "../shared/dates";
import { lower } from "../shared/enums";
import { pageOf } from "../shared/pagination";
import { checkReferences } from "../shared/references";
import { slugToSave } from "../shared/slugs-in-use";
import { inYear, listConditions, listPaging } from "../workflow/admin-list";
import { listItemMeta } from "../workflow/admin-output";
import { oneByOne, type Tx } from "../shared/tx";
import { workingCopy } from "../workflow/engine";
import { tableKind } from "../workflow/table-kind";
import { adminApi } from "../workflow/workflow.router";
import type { ByIdInput } from "../workflow/workflow.schema";
import {
  type EventAdminListInput,
  eventAdminListInput,
  eventAdminListOutput,
  type EventAdminListOutput,
  eventData,
  type EventData,
  eventEditOutput,
  type EventEditOutput,
  type EventForm,
  eventForm,
  normalizeDate,
} from "./event.admin.schema";
import { events } from "../collections";

const editInclude = {
  topics: { orderBy: { position: "asc" }, select: { topicId: true } },
  places: { orderBy: { placeId: "asc" }, select: { placeId: true } },
  actors: { orderBy: [{ actorId: "asc" }, { role: "asc" }], select: { actorId: true, role: true } },
  citations: citationSelect,
} satisfies Prisma.EventInclude;

type EventRow = Prisma.EventGetPayload<{ include: typeof editInclude }>;

function toEventData(e: EventRow): EventData {
  return {
    title: e.title,
    slug: e.slug,
    summary: e.summary,
    body: e.body,
    startDate: toIsoDate(e.startDate),
    endDate: toIsoDateOrNull(e.endDate),
    datePrecision: lower(e.datePrecision),
    topicIds: e.topics.map((t) => t.topicId),
    placeIds: e.places.map((p) => p.placeId),
    actors: e.actors,
    citations: e.citations,
  };
}

async function writeJoins(tx: Tx, eventId: string, data: EventData, replace: boolean) {
  if (replace) {
    await oneByOne([
      tx.eventTopic.deleteMany({ where: { eventId } }),
      tx.eventPlace.deleteMany({ where: { eventId } }),
      tx.eventActor.deleteMany({ where: { eventId } }),
      tx.citation.deleteMany({ where: { eventId } }),
    ]);
  }
  await oneByOne([
    tx.eventTopic.createMany({
      data: data.topicIds.map((topicId, position) => ({ eventId, topicId, position })),
    }),
    tx.eventPlace.createMany({ data: data.placeIds.map((placeId) => ({ eventId, placeId })) }),
    tx.eventActor.createMany({ data: data.actors.map((a) => ({ eventId, ...a })) }),
    tx.citation.createMany({
      data: data.citations.map((c, position) => ({ eventId, ...c, position })),
    }),
  ]);
}

const columnsOf = (data: EventData) => ({
  title: data.title,
  slug: data.slug,
  summary: data.summary,
  body: data.body,
  startDate: parseIsoDate(data.startDate),
  endDate: data.endDate ? parseIsoDate(data.endDate) : null,
  datePrecision: data.datePrecision.toUpperCase() as "DAY" | "MONTH" | "YEAR",
});

export const eventKind = tableKind<EventData, EventForm, EventRow>({
  sql: { title: `t.title`, status: "status" },
  ...events,
  data: eventData,
  prepare: eventDataOf,
  publicNote: true,
  include: editInclude,
  toData: toEventData,
  columns: columnsOf,
  writeLinks: writeJoins,
  async tags(tx, versions) {
    const ids = (pick: (d: EventData) => string[]) => [...new Set(versions.flatMap(pick))];
    const slugsOf = (rows: { slug: string }[]) => rows.map((r) => r.slug);
    const [topics, places, actors, sources] = await oneByOne([
      tx.topic.findMany({ where: { id: { in: ids((d) => d.topicIds) } }, select: { slug: true } }),
      tx.place.findMany({ where: { id: { in: ids((d) => d.placeIds) } }, select: { slug: true } }),
      tx.actor.findMany({
        where: { id: { in: ids((d) => d.actors.map((a) => a.actorId)) } },
        select: { slug: true },
      }),
      tx.source.findMany({
        where: { id: { in: ids((d) => d.citations.map((c) => c.sourceId)) } },
        select: { slug: true },
      }),
    ]);
    return eventTags({
      slugs: versions.map((v) => v.slug),
      topicSlugs: slugsOf(topics),
      placeSlugs: slugsOf(places),
      actorSlugs: slugsOf(actors),
      sourceSlugs: slugsOf(sources),
    });
  },
  async publishProblems(tx, items) {
    const ids = (pick: (d: EventData) => string[]) => [
      ...new Set(items.flatMap((i) => pick(i.data))),
    ];
    const [sources, places, actors] = await oneByOne([
      tx.source.findMany({
        where: { id: { in: ids((d) => d.citations.map((c) => c.sourceId)) } },
        select: { id: true, title: true, status: true, deletedAt: true },
      }),
      tx.place.findMany({
        where: { id: { in: ids((d) => d.placeIds) } },
        select: { id: true, name: true, status: true, deletedAt: true },
      }),
      tx.actor.findMany({
        where: { id: { in: ids((d) => d.actors.map((a) => a.actorId)) } },
        select: { id: true, name: true, status: true, deletedAt: true },
      }),
    ]);
    // The linked records of `rows` that the public does not see, undefined for one that is gone.
    const notPublic = <R extends { id: string; status: string; deletedAt: Date | null }>(
      rows: R[],
      wanted: string[],
    ) => {
      const byId = new Map(rows.map((r) => [r.id, r]));
      return [...new Set(wanted)]
        .map((id) => byId.get(id))
        .filter((r) => !r || r.deletedAt || r.status !== "PUBLISHED");
    };
    const quoted = (rows: ({ name: string } | undefined)[], gone: string) =>
      rows.map((r) => (r ? `"${r.name}"` : gone)).join(", ");
    const problems = new Map<string, string>();
    for (const { id, data } of items) {
      if (!data.citations.length) {
        problems.set(id, "An event cannot be published without at least one citation");
        continue;
      }
      const unpublished = notPublic(
        sources,
        data.citations.map((c) => c.sourceId),
      );
      if (unpublished.length) {
        problems.set(
          id,
          `Publish the cited sources first, or the public page would lose their footnotes: ${unpublished
            .map((s) => (s ? `"${s.title}"` : "a deleted source"))
            .join(", ")}`,
        );
        continue;
      }
      // A person or place is public only once published: publishing the event must not be how
      // they first appear, unreviewed.
      const people = notPublic(
        actors,
        data.actors.map((a) => a.actorId),
      );
      const where = notPublic(places, data.placeIds);
      if (people.length || where.length) {
        const named = [
          ...(people.length
            ? [`people and organisations ${quoted(people, "a deleted actor")}`]
            : []),
          ...(where.length ? [`places ${quoted(where, "a deleted place")}`] : []),
        ];
        problems.set(
          id,
          `Publish the linked ${named.join(" and ")} first, or remove them from the event: they are not public yet`,
        );
      }
    }
    return problems;
  },
});

/** The form as saved: references checked, slug resolved, dates at their precision. */
async function eventDataOf(tx: Tx, form: EventForm, exceptId: string | null): Promise<EventData> {
  await checkReferences(tx, {
    topicIds: form.topicIds,
    placeIds: form.placeIds,
    actorIds: form.actors.map((a) => a.actorId),
    sourceIds: form.citations.map((c) => c.sourceId),
  });
  const slug = await slugToSave(tx, "Event", form.slug, form.title, exceptId);
  const endDate = textOrNull(form.endDate);
  return {
    title: form.title,
    slug,
    summary: form.summary,
    body: form.body,
    startDate: normalizeDate(form.startDate, form.datePrecision),
    endDate: endDate ? normalizeDate(endDate, form.datePrecision) : null,
    datePrecision: form.datePrecision,
    topicIds: form.topicIds,
    placeIds: [...form.placeIds].sort(),
    actors: [...form.actors].sort((a, b) =>
      a.actorId === b.actorId ? (a.role < b.role ? -1 : 1) : a.actorId < b.actorId ? -1 : 1,
    ),
    citations: citationsOf(form.citations),
  };
}

/** Events for the admin: drafts included, the trash on request. */
export async function listEventsForAdmin(
  db: Db,
  input: EventAdminListInput,
): Promise<EventAdminListOutput> {
  const and = listConditions<Prisma.EventWhereInput>(input, {
    search: ["title", "slug", "summary"],
  });
  if (input.topic) and.push({ topics: { some: { topicId: input.topic } } });
  if (input.year !== undefined) and.push(inYear("startDate", input.year));
  const where: Prisma.EventWhereInput = { AND: and };
  const sortColumn = { updatedAt: "updatedAt", title: "title", date: "startDate" }[input.sort];
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where,
      ...listPaging<Prisma.EventOrderByWithRelationInput>(input, sortColumn),
      // Only the row's columns the list shows, and citations counted for this page alone (below):
      // Prisma's `_count` aggregates the whole citation table before joining it.
      select: {
        id: true,
        slug: true,
        title: true,
        startDate: true,
        datePrecision: true,
        status: true,
        version: true,
        pendingChanges: true,
        publishAt: true,
        publishedAt: true,
        deletedAt: true,
        updatedAt: true,
        updatedBy: { select: { name: true } },
      },
    }),
    db.event.count({ where }),
  ]);
  const { page, nextCursor } = pageOf(rows, input.limit);
  const citationCounts = await citationCountsOf(
    db,
    page.map((e) => e.id),
  );
  return {
    items: page.map((e) => ({
      ...listItemMeta(e),
      slug: e.slug,
      title: e.title,
      startDate: toIsoDate(e.startDate),
      datePrecision: lower(e.datePrecision),
      citationCount: citationCounts.get(e.id) ?? 0,
    })),
    nextCursor,
    total,
  };
}

/** How many citations each of these events has (drafts' sources included, as editors see them). */
async function citationCountsOf(db: Db, eventIds: string[]): Promise<Map<string, number>> {
  if (!eventIds.length) return new Map();
  const counts = await db.citation.groupBy({
    by: ["eventId"],
    where: { eventId: { in: eventIds } },
    _count: { _all: true },
  });
  return new Map(counts.flatMap((c) => (c.eventId ? [[c.eventId, c._count._all] as const] : [])));
}

/** Names and statuses of the records a working copy links to, for the form's pickers. */
async function linkedRecords(db: Db | Tx, data: EventData) {
  const [topics, places, actors] = await oneByOne([
    db.topic.findMany({
      where: { id: { in: data.topicIds } },
      select: { id: true, slug: true, name: true },
    }),
    db.place.findMany({
      where: { id: { in: data.placeIds } },
      select: { id: true, slug: true, name: true, status: true },
    }),
    db.actor.findMany({
      where: { id: { in: data.actors.map((a) => a.actorId) } },
      select: { id: true, slug: true, name: true, kind: true, status: true },
    }),
  ]);
  const inOrder = <T extends { id: string }>(rows: T[], ids: string[]) => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };
  const citations = await citationsWithSources(db, data.citations);
  return {
    topics: inOrder(topics, data.topicIds),
    places: inOrder(places, data.placeIds),
    actors: inOrder(actors, [...new Set(data.actors.map((a) => a.actorId))]).map((a) => ({
      ...a,
      kind: lower(a.kind),
    })),
    citations,
  };
}

/** An event opened for editing: the working copy, the workflow, and the records it links to. */
export async function getEventForEdit(db: Db, input: ByIdInput): Promise<EventEditOutput> {
  const { row, record } = await eventKind.openForEdit(db, input.id);
  return {
    ...record,
    lastUpdateNote: row.lastUpdateNote,
    ...(await linkedRecords(db, record.form)),
  };
}

/** The working copy of an event (for preview). */
export async function loadEventWorkingCopy(db: Db, id: string) {
  const row = await db.event.findUnique({ where: { id }, include: editInclude });
  if (!row) return null;
  return { row, data: workingCopy(eventKind, { row, live: toEventData(row) }) };
}

/** The admin API of events (collectionAdmin): their form, list and a record opened for editing. */
export const eventAdmin = adminApi(eventKind, eventForm, {
  list: { input: eventAdminListInput, output: eventAdminListOutput, read: listEventsForAdmin },
  getForEdit: { output: eventEditOutput, read: getEventForEdit },
});
