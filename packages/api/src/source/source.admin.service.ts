import type { Db, Prisma, SourceKind } from "@kz/db";

import { sourceTags } from "../cache/tags";
import { AppError, notFound } from "../errors";
import { textOrNull } from "../shared/admin.schema";
import { parseIsoDate, toIsoDateOrNull } from "../shared/dates";
import { lower } from "../shared/enums";
import { taken } from "../shared/references";
import { slugToSave } from "../shared/slugs-in-use";
import { oneByOne, type Tx } from "../shared/tx";
import { publishedEvent, publishedRating, publishedTopic } from "../shared/visibility";
import { inYear, listConditions, listPaging } from "../workflow/admin-list";
import { adminListPage, editMeta, editorsInclude } from "../workflow/admin-output";
import { tableKind } from "../workflow/table-kind";
import { adminApi } from "../workflow/workflow.router";
import type { ByIdInput } from "../workflow/workflow.schema";
import {
  type SourceAdminListInput,
  sourceAdminListInput,
  sourceAdminListOutput,
  type SourceAdminListOutput,
  type SourceData,
  sourceData,
  sourceEditOutput,
  type SourceEditOutput,
  type SourceForm,
  sourceForm,
} from "./source.admin.schema";
import { sources } from "../collections";
import { normaliseUrl } from "./source-url";

type SourceRow = Prisma.SourceGetPayload<object>;

const toSourceData = (s: SourceRow): SourceData => ({
  title: s.title,
  slug: s.slug,
  publisher: s.publisher,
  kind: lower(s.kind),
  url: s.url,
  publishedDate: toIsoDateOrNull(s.publishedDate),
  accessedDate: toIsoDateOrNull(s.accessedDate),
  notes: s.notes,
  archiveUrl: s.archiveUrl,
  verifiedBy: s.verifiedBy,
  verifiedOn: toIsoDateOrNull(s.verifiedOn),
  verificationNote: s.verificationNote,
});

const columnsOf = (d: SourceData) => ({
  title: d.title,
  slug: d.slug,
  publisher: d.publisher,
  kind: d.kind.toUpperCase() as SourceKind,
  url: d.url,
  publishedDate: d.publishedDate ? parseIsoDate(d.publishedDate) : null,
  accessedDate: d.accessedDate ? parseIsoDate(d.accessedDate) : null,
  notes: d.notes,
  archiveUrl: d.archiveUrl,
  verifiedBy: d.verifiedBy,
  verifiedOn: d.verifiedOn ? parseIsoDate(d.verifiedOn) : null,
  verificationNote: d.verificationNote,
});

export const sourceKind = tableKind<SourceData, SourceForm, Prisma.SourceGetPayload<object>>({
  sql: { title: `t.title`, status: "status" },
  async withdrawProblems(tx, ids) {
    const leaving = new Set(ids);
    const cited = { some: { sourceId: { in: ids } } };
    const citationState = {
      select: { sourceId: true, source: { select: { status: true, deletedAt: true } } },
    };
    // What must keep a published source: a published event, and each entry of a published case's
    // timeline.
    const [events, entries] = await oneByOne([
      tx.event.findMany({
        where: { status: "PUBLISHED", deletedAt: null, citations: cited },
        select: { title: true, citations: citationState },
      }),
      tx.caseEntry.findMany({
        where: { case: { status: "PUBLISHED", deletedAt: null }, citations: cited },
        select: { case: { select: { title: true } }, citations: citationState },
      }),
    ]);
    const citing = [
      ...events,
      ...entries.map((e) => ({ title: e.case.title, citations: e.citations })),
    ];
    const stranded = new Map<string, string[]>();
    for (const record of citing) {
      const stillCited = record.citations.some(
        (c) => !leaving.has(c.sourceId) && c.source.status === "PUBLISHED" && !c.source.deletedAt,
      );
      if (stillCited) continue;
      for (const c of record.citations) {
        if (leaving.has(c.sourceId))
          stranded.set(c.sourceId, [...(stranded.get(c.sourceId) ?? []), record.title]);
      }
    }
    return new Map(
      [...stranded].map(([id, titles]) => [
        id,
        `Published events or cases would be left without a published source: ${[...new Set(titles)]
          .map((t) => `"${t}"`)
          .join(", ")}. Cite another source there first, or unpublish them.`,
      ]),
    );
  },
  ...sources,
  data: sourceData,
  prepare: sourceDataOf,
  toData: toSourceData,
  columns: columnsOf,
  remove: removeSource,
  async tags(tx, versions) {
    const slugs = [...new Set(versions.map((v) => v.slug))];
    const citing = { citations: { some: { source: { slug: { in: slugs } } } } };
    const [events, topics, series] = await oneByOne([
      tx.event.findMany({ where: { ...publishedEvent, ...citing }, select: { slug: true } }),
      // A topic shows the source in its overview's notes or its facts' notes.
      tx.topic.findMany({
        where: { ...publishedTopic, OR: [citing, { facts: { some: citing } }] },
        select: { slug: true },
      }),
      tx.ratingSeries.findMany({
        where: { ratings: { some: { ...publishedRating, ...citing } } },
        select: { slug: true },
      }),
    ]);
    return sourceTags({
      slugs,
      eventSlugs: events.map((e) => e.slug),
      topicSlugs: topics.map((t) => t.slug),
      ratingSeriesSlugs: series.map((s) => s.slug),
    });
  },
});

async function sourceDataOf(
  tx: Tx,
  form: SourceForm,
  exceptId: string | null,
): Promise<SourceData> {
  const slug = await slugToSave(tx, "Source", form.slug, form.title, exceptId);
  const url = textOrNull(form.url);
  if (url) await refuseDuplicateUrl(tx, url, exceptId);
  return {
    title: form.title,
    slug,
    publisher: form.publisher,
    kind: form.kind,
    url,
    publishedDate: textOrNull(form.publishedDate),
    accessedDate: textOrNull(form.accessedDate),
    notes: form.notes,
    archiveUrl: textOrNull(form.archiveUrl),
    verifiedBy: textOrNull(form.verifiedBy),
    verifiedOn: textOrNull(form.verifiedOn),
    verificationNote: form.verificationNote ?? "",
  };
}

/**
 * One document, one source: an address that names the same document as another source's (see
 * normaliseUrl) is refused, naming that source — in the trash too, where it can be restored. The
 * few hundred addresses are compared here rather than in SQL, so the rule is written once.
 */
async function refuseDuplicateUrl(tx: Tx, url: string, exceptId: string | null): Promise<void> {
  const key = normaliseUrl(url);
  const others = await tx.source.findMany({
    where: { url: { not: null }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { title: true, slug: true, url: true, deletedAt: true },
  });
  const same = others.find((o) => normaliseUrl(o.url!) === key);
  if (same)
    throw taken(
      "url",
      `Another source has this address: "${same.title}" (${same.slug}${same.deletedAt ? ", in the trash" : ""}). Cite that source instead.`,
    );
}

/** A source cited by anything cannot be purged: its footnotes would dangle. */
async function removeSource(tx: Tx, id: string): Promise<void> {
  const citations = await tx.citation.count({ where: { sourceId: id } });
  if (citations) {
    throw new AppError(
      "CONFLICT",
      `This source is still cited ${citations} time${citations === 1 ? "" : "s"}: remove those citations before purging it`,
    );
  }
  await tx.source.delete({ where: { id } });
}

export async function listSourcesForAdmin(
  db: Db,
  input: SourceAdminListInput,
): Promise<SourceAdminListOutput> {
  const and = listConditions<Prisma.SourceWhereInput>(input, {
    search: ["title", "slug", "publisher"],
  });
  if (input.kind) and.push({ kind: input.kind.toUpperCase() as SourceKind });
  if (input.year !== undefined) and.push(inYear("publishedDate", input.year));
  const where: Prisma.SourceWhereInput = { AND: and };
  const sortColumn = { updatedAt: "updatedAt", title: "title", date: "publishedDate" }[input.sort];
  return adminListPage(
    [
      db.source.findMany({
        where,
        ...listPaging<Prisma.SourceOrderByWithRelationInput>(input, sortColumn),
        include: { updatedBy: { select: { name: true } }, _count: { select: { citations: true } } },
      }),
      db.source.count({ where }),
    ],
    input.limit,
    (s) => ({
      slug: s.slug,
      title: s.title,
      publisher: s.publisher,
      kind: lower(s.kind),
      publishedDate: toIsoDateOrNull(s.publishedDate),
      citationCount: s._count.citations,
    }),
  );
}

export async function getSourceForEdit(db: Db, input: ByIdInput): Promise<SourceEditOutput> {
  const row = await db.source.findUnique({
    where: { id: input.id },
    include: {
      ...editorsInclude,
      _count: { select: { citations: true } },
      checks: { orderBy: { checkedAt: "desc" }, take: 1 },
    },
  });
  if (!row) throw notFound("Source");
  const [check] = row.checks;
  return {
    ...editMeta<SourceData>(sourceKind, row, toSourceData(row)),
    citationCount: row._count.citations,
    lastCheck: check
      ? {
          url: check.url,
          result: check.result,
          httpStatus: check.httpStatus,
          finalUrl: check.finalUrl,
          error: check.error,
          checkedAt: check.checkedAt,
        }
      : null,
  };
}

/** The admin API of sources (collectionAdmin): their form, list and a record opened for editing. */
export const sourceAdmin = adminApi(sourceKind, sourceForm, {
  list: { input: sourceAdminListInput, output: sourceAdminListOutput, read: listSourcesForAdmin },
  getForEdit: { output: sourceEditOutput, read: getSourceForEdit },
});
