// Cases in the workflow engine and the admin: how a case's content is stored (its row, people,
// events, topics, timeline entries and findings, each with citations), what blocks publishing it,
// and the admin's list and edit reads.
import type { Db, Prisma } from "@kz/db";

import { cacheTags, uniqueTags } from "../cache/tags";
import { cases } from "../collections";
import { normalizeDate } from "../event/event.admin.schema";
import { citationOfSource, citationsOf, textOrNull } from "../shared/admin.schema";
import { citationSelect, citationsWithSources } from "../shared/citation-lookup";
import { parseIsoDate, toIsoDate, toIsoDateOrNull } from "../shared/dates";
import { lower } from "../shared/enums";
import { checkReferences, taken } from "../shared/references";
import { slugToSave } from "../shared/slugs-in-use";
import { oneByOne, type Tx } from "../shared/tx";
import { listConditions, listPaging } from "../workflow/admin-list";
import { adminListPage } from "../workflow/admin-output";
import { tableKind } from "../workflow/table-kind";
import { adminApi } from "../workflow/workflow.router";
import type { ByIdInput } from "../workflow/workflow.schema";
import {
  caseAdminListInput,
  type CaseAdminListInput,
  caseAdminListOutput,
  type CaseAdminListOutput,
  caseData,
  type CaseData,
  caseEditOutput,
  type CaseEditOutput,
  type CaseForm,
  caseForm,
} from "./case.schema";

type Precision = "DAY" | "MONTH" | "YEAR";
const upper = (p: CaseData["entries"][number]["datePrecision"]) => p.toUpperCase() as Precision;

const editInclude = {
  actors: { orderBy: { position: "asc" }, select: { actorId: true } },
  events: { orderBy: { eventId: "asc" }, select: { eventId: true } },
  topics: { orderBy: { topicId: "asc" }, select: { topicId: true } },
  entries: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { citations: citationSelect },
  },
  findings: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { citations: citationSelect },
  },
} satisfies Prisma.CaseInclude;

type CaseRow = Prisma.CaseGetPayload<{ include: typeof editInclude }>;

function toCaseData(c: CaseRow): CaseData {
  return {
    title: c.title,
    slug: c.slug,
    kind: lower(c.kind),
    summary: c.summary,
    actorIds: c.actors.map((a) => a.actorId),
    unnamedCount: c.unnamedCount,
    charges: c.charges,
    articles: c.articles,
    authority: c.authority,
    detentionPlace: c.detentionPlace,
    entries: c.entries.map((e) => ({
      date: toIsoDate(e.date),
      datePrecision: lower(e.datePrecision),
      status: lower(e.status),
      term: e.term,
      note: e.note,
      citations: e.citations,
    })),
    findings: c.findings.map((f) => ({
      body: f.body,
      finding: f.finding,
      date: toIsoDateOrNull(f.date),
      datePrecision: lower(f.datePrecision),
      citations: f.citations,
    })),
    eventIds: c.events.map((e) => e.eventId),
    topicIds: c.topics.map((t) => t.topicId),
  };
}

/** The latest entry: the last in date order (entries are saved in it), ties to the later one. */
export const latestEntry = (data: Pick<CaseData, "entries">) => data.entries.at(-1) ?? null;

function columnsOf(d: CaseData) {
  const last = latestEntry(d);
  return {
    title: d.title,
    slug: d.slug,
    kind: d.kind.toUpperCase() as Prisma.CaseCreateInput["kind"],
    summary: d.summary,
    unnamedCount: d.unnamedCount,
    charges: d.charges,
    articles: d.articles,
    authority: d.authority,
    detentionPlace: d.detentionPlace,
    lastStatus: last ? (last.status.toUpperCase() as Prisma.CaseCreateInput["lastStatus"]) : null,
    lastStatusDate: last ? parseIsoDate(last.date) : null,
  };
}

async function writeLinks(tx: Tx, caseId: string, data: CaseData, replace: boolean) {
  if (replace) {
    // Entries and findings take their citations with them (onDelete: Cascade).
    await oneByOne([
      tx.caseActor.deleteMany({ where: { caseId } }),
      tx.caseEvent.deleteMany({ where: { caseId } }),
      tx.caseTopic.deleteMany({ where: { caseId } }),
      tx.caseEntry.deleteMany({ where: { caseId } }),
      tx.caseFinding.deleteMany({ where: { caseId } }),
    ]);
  }
  await oneByOne([
    tx.caseActor.createMany({
      data: data.actorIds.map((actorId, position) => ({ caseId, actorId, position })),
    }),
    tx.caseEvent.createMany({ data: data.eventIds.map((eventId) => ({ caseId, eventId })) }),
    tx.caseTopic.createMany({ data: data.topicIds.map((topicId) => ({ caseId, topicId })) }),
  ]);
  // One row each, then their citations in one statement: ids come back only from single creates.
  const citations: Prisma.CitationCreateManyInput[] = [];
  for (const [position, e] of data.entries.entries()) {
    const { id } = await tx.caseEntry.create({
      data: {
        caseId,
        position,
        date: parseIsoDate(e.date),
        datePrecision: upper(e.datePrecision),
        status: e.status.toUpperCase() as Prisma.CaseEntryCreateInput["status"],
        term: e.term,
        note: e.note,
      },
      select: { id: true },
    });
    citations.push(...e.citations.map((c, i) => ({ ...c, caseEntryId: id, position: i })));
  }
  for (const [position, f] of data.findings.entries()) {
    const { id } = await tx.caseFinding.create({
      data: {
        caseId,
        position,
        body: f.body,
        finding: f.finding,
        date: f.date ? parseIsoDate(f.date) : null,
        datePrecision: upper(f.datePrecision),
      },
      select: { id: true },
    });
    citations.push(...f.citations.map((c, i) => ({ ...c, caseFindingId: id, position: i })));
  }
  if (citations.length) await tx.citation.createMany({ data: citations });
}

/** Every source a case's content cites, entries and findings alike. */
export const citedSourceIds = (d: {
  entries: { citations: { sourceId: string }[] }[];
  findings: { citations: { sourceId: string }[] }[];
}): string[] => [
  ...new Set([...d.entries, ...d.findings].flatMap((x) => x.citations.map((c) => c.sourceId))),
];

export const caseKind = tableKind<CaseData, CaseForm, CaseRow>({
  sql: { title: `t.title`, status: "status" },
  ...cases,
  data: caseData,
  include: editInclude,
  toData: toCaseData,
  columns: columnsOf,
  writeLinks,
  prepare: caseDataOf,
  async tags(tx, versions) {
    const ids = (pick: (d: CaseData) => string[]) => [...new Set(versions.flatMap(pick))];
    const slugsOf = (rows: { slug: string }[]) => rows.map((r) => r.slug);
    const [actors, events, topics, sources] = await oneByOne([
      tx.actor.findMany({ where: { id: { in: ids((d) => d.actorIds) } }, select: { slug: true } }),
      tx.event.findMany({ where: { id: { in: ids((d) => d.eventIds) } }, select: { slug: true } }),
      tx.topic.findMany({ where: { id: { in: ids((d) => d.topicIds) } }, select: { slug: true } }),
      tx.source.findMany({ where: { id: { in: ids(citedSourceIds) } }, select: { slug: true } }),
    ]);
    // A case shows on its page, the list and search, and on the pages of its people, events,
    // topics and the sources it cites. (A protected person's public page has another address:
    // their list tag covers it.)
    return uniqueTags(
      [cacheTags.cases, cacheTags.search, cacheTags.actors],
      versions.map((v) => cacheTags.case(v.slug)),
      slugsOf(actors).map(cacheTags.actor),
      slugsOf(events).map(cacheTags.event),
      slugsOf(topics).map(cacheTags.topic),
      slugsOf(sources).map(cacheTags.source),
    );
  },
  async publishProblems(tx, items) {
    const [sources, people] = await oneByOne([
      tx.source.findMany({
        where: { id: { in: items.flatMap((i) => citedSourceIds(i.data)) } },
        select: { id: true, title: true, status: true, deletedAt: true },
      }),
      tx.actor.findMany({
        where: { id: { in: items.flatMap((i) => i.data.actorIds) } },
        select: { id: true, name: true, status: true, deletedAt: true },
      }),
    ]);
    const isPublic = (r?: { status: string; deletedAt: Date | null }) =>
      !!r && r.status === "PUBLISHED" && !r.deletedAt;
    const sourceById = new Map(sources.map((s) => [s.id, s]));
    const personById = new Map(people.map((p) => [p.id, p]));
    const problems = new Map<string, string>();
    for (const { id, data } of items) {
      if (!data.entries.length) {
        problems.set(id, "A case cannot be published without a timeline: add its first entry");
        continue;
      }
      const uncited = data.entries.findIndex((e) => !e.citations.length);
      if (uncited >= 0) {
        problems.set(
          id,
          `A case cannot be published citing no source: entry ${uncited + 1} of the timeline cites none`,
        );
        continue;
      }
      const hidden = citedSourceIds(data).filter((s) => !isPublic(sourceById.get(s)));
      if (hidden.length) {
        problems.set(
          id,
          `Publish the cited sources first: ${hidden
            .map((s) => `"${sourceById.get(s)?.title ?? "a deleted source"}"`)
            .join(", ")}`,
        );
        continue;
      }
      const unpublished = data.actorIds.filter((a) => !isPublic(personById.get(a)));
      if (unpublished.length)
        problems.set(
          id,
          `Publish the people concerned first, or remove them from the case: ${unpublished
            .map((a) => `"${personById.get(a)?.name ?? "a deleted person"}"`)
            .join(", ")}`,
        );
    }
    return problems;
  },
});

/** Entries in date order (a stable sort: same-day entries keep the editor's order). */
const byDate = <E extends { date: string }>(entries: E[]): E[] =>
  entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date === b.e.date ? a.i - b.i : a.e.date < b.e.date ? -1 : 1))
    .map(({ e }) => e);

/** The form as saved: references checked, slug resolved, dates at their precision, in order. */
async function caseDataOf(
  tx: Tx,
  form: Omit<CaseForm, "changeNote"> | CaseData,
  exceptId: string | null,
): Promise<CaseData> {
  const sourceIds = citedSourceIds(form);
  await checkReferences(tx, {
    actorIds: form.actorIds,
    topicIds: form.topicIds,
    sourceIds,
  });
  const events = await tx.event.count({ where: { id: { in: form.eventIds }, deletedAt: null } });
  if (events !== new Set(form.eventIds).size)
    throw taken("eventIds", "No such event (or it is in the trash)");
  const slug = await slugToSave(tx, "Case", form.slug, form.title, exceptId);
  return {
    title: form.title,
    slug,
    kind: form.kind,
    summary: form.summary,
    actorIds: form.actorIds,
    unnamedCount: form.unnamedCount,
    charges: form.charges,
    articles: form.articles,
    authority: form.authority,
    detentionPlace: form.detentionPlace,
    entries: byDate(
      form.entries.map((e) => ({
        date: normalizeDate(e.date, e.datePrecision),
        datePrecision: e.datePrecision,
        status: e.status,
        term: textOrNull(e.term),
        note: e.note,
        citations: citationsOf(e.citations),
      })),
    ),
    findings: form.findings.map((f) => {
      const date = textOrNull(f.date);
      return {
        body: f.body,
        finding: f.finding,
        date: date ? normalizeDate(date, f.datePrecision) : null,
        datePrecision: f.datePrecision,
        citations: citationsOf(f.citations),
      };
    }),
    eventIds: [...form.eventIds].sort(),
    topicIds: [...form.topicIds].sort(),
  };
}

/** Cases for the admin: drafts included, the trash on request. */
export async function listCasesForAdmin(
  db: Db,
  input: CaseAdminListInput,
): Promise<CaseAdminListOutput> {
  const and = listConditions<Prisma.CaseWhereInput>(input, {
    search: ["title", "slug", "summary"],
  });
  if (input.kind) and.push({ kind: input.kind.toUpperCase() as Prisma.CaseWhereInput["kind"] });
  if (input.lastStatus)
    and.push({
      lastStatus: input.lastStatus.toUpperCase() as Prisma.CaseWhereInput["lastStatus"],
    });
  const where: Prisma.CaseWhereInput = { AND: and };
  return adminListPage(
    [
      db.case.findMany({
        where,
        ...listPaging<Prisma.CaseOrderByWithRelationInput>(
          input,
          input.sort === "title" ? "title" : "updatedAt",
        ),
        include: {
          updatedBy: { select: { name: true } },
          actors: { orderBy: { position: "asc" }, select: { actor: { select: { name: true } } } },
          _count: { select: { entries: true } },
        },
      }),
      db.case.count({ where }),
    ],
    input.limit,
    (c) => ({
      slug: c.slug,
      title: c.title,
      kind: lower(c.kind),
      people: [
        ...c.actors.map((a) => a.actor.name),
        ...(c.unnamedCount ? [`${c.unnamedCount} not named`] : []),
      ],
      lastStatus: c.lastStatus ? lower(c.lastStatus) : null,
      entryCount: c._count.entries,
    }),
  );
}

export async function getCaseForEdit(db: Db, input: ByIdInput): Promise<CaseEditOutput> {
  const { record } = await caseKind.openForEdit(db, input.id);
  const ids = (pick: (d: CaseData) => string[]) => [
    ...new Set([...pick(record.form), ...(record.live ? pick(record.live) : [])]),
  ];
  const [actors, events, topics, citations] = await Promise.all([
    db.actor.findMany({
      where: { id: { in: ids((d) => d.actorIds) } },
      select: { id: true, slug: true, name: true, status: true },
    }),
    db.event.findMany({
      where: { id: { in: ids((d) => d.eventIds) } },
      select: { id: true, slug: true, title: true },
    }),
    db.topic.findMany({
      where: { id: { in: ids((d) => d.topicIds) } },
      select: { id: true, slug: true, name: true },
    }),
    citationsWithSources(db, ids(citedSourceIds).map(citationOfSource)),
  ]);
  return {
    ...record,
    actors,
    events: events.map((e) => ({ id: e.id, slug: e.slug, name: e.title })),
    topics,
    citations,
  };
}

/** The admin API of cases (collectionAdmin): their form, list and a record opened for editing. */
export const caseAdmin = adminApi(caseKind, caseForm, {
  list: { input: caseAdminListInput, output: caseAdminListOutput, read: listCasesForAdmin },
  getForEdit: { output: caseEditOutput, read: getCaseForEdit },
});
