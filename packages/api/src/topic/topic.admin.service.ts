import type { Db, Prisma } from "@kz/db";

import { topicTags } from "../cache/tags";
import { citationOfSource, citationsOf, textOrNull } from "../shared/admin.schema";
import { citationSelect, citationsWithSources } from "../shared/citation-lookup";
import { checkReferences } from "../shared/references";
import { slugToSave } from "../shared/slugs-in-use";
import { oneByOne, type Tx } from "../shared/tx";
import { listConditions, listPaging } from "../workflow/admin-list";
import { adminListPage, eventCount } from "../workflow/admin-output";
import { publishedEvent } from "../shared/visibility";
import { tableKind } from "../workflow/table-kind";
import { adminApi } from "../workflow/workflow.router";
import type { ByIdInput } from "../workflow/workflow.schema";
import {
  topicAdminListInput,
  type TopicAdminListInput,
  topicAdminListOutput,
  type TopicAdminListOutput,
  type TopicData,
  topicData,
  topicEditOutput,
  type TopicEditOutput,
  type TopicForm,
  topicForm,
} from "./topic.admin.schema";
import { factWithCitations } from "./topic-fact";
import { topics } from "../collections";

const editInclude = {
  citations: citationSelect,
  facts: { orderBy: { position: "asc" }, include: { citations: citationSelect } },
} satisfies Prisma.TopicInclude;
type TopicRow = Prisma.TopicGetPayload<{ include: typeof editInclude }>;

const toTopicData = (t: TopicRow): TopicData => ({
  name: t.name,
  slug: t.slug,
  overview: t.overview,
  position: t.position,
  citations: t.citations,
  facts: t.facts.map((f) => factWithCitations(f, f.citations)),
});

const columnsOf = (d: TopicData) => ({
  name: d.name,
  slug: d.slug,
  overview: d.overview,
  position: d.position,
});

/** Every source a topic cites, its overview's and its facts'. */
const citedSourceIds = (d: TopicData) => [
  ...new Set(
    [...d.citations, ...(d.facts ?? []).flatMap((f) => f.citations)].map((c) => c.sourceId),
  ),
];

/** The overview's citations, and the facts with theirs (left alone when the data has none: see topicData). */
async function writeLinks(tx: Tx, topicId: string, data: TopicData, replace: boolean) {
  if (replace) await tx.citation.deleteMany({ where: { topicId } });
  await tx.citation.createMany({
    data: data.citations.map((c, position) => ({ topicId, ...c, position })),
  });
  if (!data.facts) return;
  // A fact's citations go with it (onDelete: Cascade).
  if (replace) await tx.topicFact.deleteMany({ where: { topicId } });
  for (const [position, { citations, ...fact }] of data.facts.entries()) {
    const { id } = await tx.topicFact.create({
      data: { ...fact, topicId, position },
      select: { id: true },
    });
    await tx.citation.createMany({
      data: citations.map((c, i) => ({ ...c, topicFactId: id, position: i })),
    });
  }
}

export const topicKind = tableKind<TopicData, TopicForm, TopicRow>({
  sql: { title: `t.name`, status: "status" },
  ...topics,
  data: topicData,
  include: editInclude,
  toData: toTopicData,
  columns: columnsOf,
  writeLinks,
  prepare: topicDataOf,
  async tags(tx, versions) {
    const slugs = [...new Set(versions.map((v) => v.slug))];
    const sourceIds = [...new Set(versions.flatMap(citedSourceIds))];
    const [events, sources] = await oneByOne([
      tx.event.findMany({
        where: { ...publishedEvent, topics: { some: { topic: { slug: { in: slugs } } } } },
        select: { slug: true },
      }),
      tx.source.findMany({ where: { id: { in: sourceIds } }, select: { slug: true } }),
    ]);
    return topicTags({
      slugs,
      eventSlugs: events.map((e) => e.slug),
      sourceSlugs: sources.map((s) => s.slug),
    });
  },
});

async function topicDataOf(
  tx: Tx,
  form: Omit<TopicForm, "changeNote">,
  exceptId: string | null,
): Promise<TopicData> {
  const facts = form.facts?.map((f) => ({
    kind: f.kind,
    label: f.label,
    value: f.value,
    qualifier: textOrNull(f.qualifier),
    unit: textOrNull(f.unit),
    asOf: textOrNull(f.asOf),
    citations: citationsOf(f.citations),
  }));
  await checkReferences(tx, {
    sourceIds: [...form.citations, ...(facts ?? []).flatMap((f) => f.citations)].map(
      (c) => c.sourceId,
    ),
  });
  const slug = await slugToSave(tx, "Topic", form.slug, form.name, exceptId);
  return {
    name: form.name,
    slug,
    overview: form.overview,
    position: form.position,
    citations: citationsOf(form.citations),
    ...(facts ? { facts } : {}),
  };
}

export async function listTopicsForAdmin(
  db: Db,
  input: TopicAdminListInput,
): Promise<TopicAdminListOutput> {
  const where: Prisma.TopicWhereInput = {
    AND: listConditions<Prisma.TopicWhereInput>(input, { search: ["name", "slug"] }),
  };
  const sortColumn = { updatedAt: "updatedAt", title: "name", position: "position" }[input.sort];
  return adminListPage(
    [
      db.topic.findMany({
        where,
        ...listPaging<Prisma.TopicOrderByWithRelationInput>(input, sortColumn),
        include: { updatedBy: { select: { name: true } }, ...eventCount },
      }),
      db.topic.count({ where }),
    ],
    input.limit,
    (t) => ({
      slug: t.slug,
      name: t.name,
      position: t.position,
      eventCount: t._count.events,
    }),
  );
}

export async function getTopicForEdit(db: Db, input: ByIdInput): Promise<TopicEditOutput> {
  const { record } = await topicKind.openForEdit(db, input.id);
  const sourceIds = citedSourceIds(record.form as TopicData);
  return {
    ...record,
    citations: await citationsWithSources(db, sourceIds.map(citationOfSource)),
  };
}

/** The admin API of topics (collectionAdmin): their form, list and a record opened for editing. */
export const topicAdmin = adminApi(topicKind, topicForm, {
  list: { input: topicAdminListInput, output: topicAdminListOutput, read: listTopicsForAdmin },
  getForEdit: { output: topicEditOutput, read: getTopicForEdit },
});
