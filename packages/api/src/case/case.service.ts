// Cases as the public reads them: published cases only, their people (a protected person under a
// pseudonym), the timeline with the published sources of each entry, and the last known status
// always with its date and sources.
import type { Db, Prisma } from "@kz/db";

import { publicActor, publicActorIdBySlug, publicActorSelect } from "../actor/public-actor";
import { notFound } from "../errors";
import { publishedEventSummaries, type SiteContext } from "../event/event.service";
import { toCitation, visibleCitations } from "../shared/citations";
import { parseIsoDate, toIsoDate, toIsoDateOrNull } from "../shared/dates";
import { lower } from "../shared/enums";
import { publishedActor, publishedEvent, publishedTopic } from "../shared/visibility";
import {
  HELD_STATUSES,
  type CaseDetail,
  type CaseListInput,
  type CaseListItem,
  type CaseListOutput,
} from "./case.schema";

export const publishedCase = {
  status: "PUBLISHED",
  deletedAt: null,
} satisfies Prisma.CaseWhereInput;

const entryOrder = [
  { date: "asc" },
  { position: "asc" },
] satisfies Prisma.CaseEntryOrderByWithRelationInput[];

/** A timeline entry as lists show it (the latest is the last known status, with its sources). */
const entryColumns = {
  date: true,
  datePrecision: true,
  status: true,
  term: true,
  citations: visibleCitations,
} satisfies Prisma.CaseEntrySelect;

const listSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  summary: true,
  unnamedCount: true,
  updatedAt: true,
  actors: {
    where: { actor: publishedActor },
    orderBy: { position: "asc" },
    select: { actor: { select: publicActorSelect } },
  },
  topics: {
    where: { topic: publishedTopic },
    orderBy: { topic: { position: "asc" } },
    select: { topic: { select: { slug: true, name: true } } },
  },
  entries: { orderBy: entryOrder, select: entryColumns },
} satisfies Prisma.CaseSelect;

type ListRow = Prisma.CaseGetPayload<{ select: typeof listSelect }>;

function toListItem(c: ListRow): CaseListItem {
  const last = c.entries.at(-1);
  const years = c.entries.map((e) => e.date.getUTCFullYear());
  return {
    slug: c.slug,
    title: c.title,
    kind: lower(c.kind),
    summary: c.summary,
    people: c.actors.map(({ actor }) => {
      const p = publicActor(actor);
      return { ...p, kind: lower(p.kind) };
    }),
    unnamedCount: c.unnamedCount,
    lastKnown: last
      ? {
          status: lower(last.status),
          date: toIsoDate(last.date),
          datePrecision: lower(last.datePrecision),
          term: last.term,
          sources: last.citations.map((x) => ({
            slug: x.source.slug,
            name: x.source.title,
            publisher: x.source.publisher,
          })),
        }
      : null,
    firstYear: years[0] ?? null,
    lastYear: years.at(-1) ?? null,
    topics: c.topics.map((t) => t.topic),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** Cases and people whose last known status is one of HELD_STATUSES, over every published case. */
async function heldFigures(db: Db): Promise<CaseListOutput["held"]> {
  const held = await db.case.findMany({
    where: {
      ...publishedCase,
      lastStatus: { in: HELD_STATUSES.map((s) => s.toUpperCase() as "DETAINED") },
    },
    select: {
      unnamedCount: true,
      lastStatusDate: true,
      _count: { select: { actors: { where: { actor: publishedActor } } } },
    },
  });
  const dates = held.flatMap((c) => (c.lastStatusDate ? [toIsoDate(c.lastStatusDate)] : []));
  dates.sort();
  return {
    cases: held.length,
    people: held.reduce((n, c) => n + c._count.actors + c.unnamedCount, 0),
    asOfFrom: dates[0] ?? null,
    asOfTo: dates.at(-1) ?? null,
  };
}

/** Published cases, latest known status first (most recent as-of date), with the held figures. */
export async function listCases(db: Db, input: CaseListInput): Promise<CaseListOutput> {
  const and: Prisma.CaseWhereInput[] = [publishedCase];
  if (input.lastStatus)
    and.push({ lastStatus: input.lastStatus.toUpperCase() as Prisma.CaseWhereInput["lastStatus"] });
  if (input.kind) and.push({ kind: input.kind.toUpperCase() as Prisma.CaseWhereInput["kind"] });
  if (input.year !== undefined)
    and.push({
      entries: {
        some: {
          date: {
            gte: parseIsoDate(`${input.year}-01-01`),
            lte: parseIsoDate(`${input.year}-12-31`),
          },
        },
      },
    });
  if (input.topic)
    and.push({ topics: { some: { topic: { slug: input.topic, ...publishedTopic } } } });
  if (input.event)
    and.push({ events: { some: { event: { slug: input.event, ...publishedEvent } } } });
  if (input.actor) {
    const actorId = await publicActorIdBySlug(db, input.actor);
    if (!actorId) return { items: [], held: await heldFigures(db) };
    and.push({ actors: { some: { actorId } } });
  }
  const [rows, held] = await Promise.all([
    db.case.findMany({
      where: { AND: and },
      orderBy: [
        { lastStatusDate: { sort: "desc", nulls: "last" } },
        { title: "asc" },
        { id: "asc" },
      ],
      select: listSelect,
    }),
    heldFigures(db),
  ]);
  return { items: rows.map(toListItem), held };
}

/** One published case with its timeline, findings and published events. */
export async function getCaseBySlug(
  db: Db,
  input: { slug: string },
  ctx: SiteContext,
): Promise<CaseDetail> {
  const row = await db.case.findFirst({
    where: { slug: input.slug, ...publishedCase },
    select: {
      ...listSelect,
      charges: true,
      articles: true,
      authority: true,
      detentionPlace: true,
      // The list's entries and each one's note.
      entries: { orderBy: entryOrder, select: { ...entryColumns, note: true } },
      findings: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          body: true,
          finding: true,
          date: true,
          datePrecision: true,
          citations: visibleCitations,
        },
      },
    },
  });
  if (!row) throw notFound("Case");
  const events = await publishedEventSummaries(
    db,
    { cases: { some: { caseId: row.id } } },
    ctx.siteUrl,
  );
  return {
    ...toListItem(row),
    charges: row.charges,
    articles: row.articles,
    authority: row.authority,
    detentionPlace: row.detentionPlace,
    entries: row.entries.map((e) => ({
      date: toIsoDate(e.date),
      datePrecision: lower(e.datePrecision),
      status: lower(e.status),
      term: e.term,
      note: e.note,
      citations: e.citations.map(toCitation),
    })),
    findings: row.findings.map((f) => ({
      body: f.body,
      finding: f.finding,
      date: toIsoDateOrNull(f.date),
      datePrecision: lower(f.datePrecision),
      citations: f.citations.map(toCitation),
    })),
    events,
  };
}
