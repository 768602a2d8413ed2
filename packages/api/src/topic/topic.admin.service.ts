import type { Db, Prisma } from "@kz/db";

import { topicTags } from "../cache/tags";
import { citationsOf } from "../shared/admin.schema";
import { citationSelect, citationsWithSources } from "../shared/citation-lookup";
import { checkReferences, taken } from "../shared/references";
import { resolveSlug } from "../shared/slug";
import { slugsStartingWith } from "../shared/slugs-in-use";
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
import { topics } from "../collections";

const editInclude = { citations: citationSelect } satisfies Prisma.TopicInclude;
type TopicRow = Prisma.TopicGetPayload<{ include: typeof editInclude }>;

const toTopicData = (t: TopicRow): TopicData => ({
  name: t.name,
  slug: t.slug,
  overview: t.overview,
  position: t.position,
  citations: t.citations,
});

const columnsOf = (d: TopicData) => ({
  name: d.name,
  slug: d.slug,
  overview: d.overview,
  position: d.position,
});

async function writeCitations(tx: Tx, topicId: string, data: TopicData, replace: boolean) {
  if (replace) await tx.citation.deleteMany({ where: { topicId } });
  await tx.citation.createMany({
    data: data.citations.map((c, position) => ({ topicId, ...c, position })),
  });
}

export const topicKind = tableKind<TopicData, TopicForm, TopicRow>({
  sql: { title: `t.name`, status: "status" },
  ...topics,
  data: topicData,
  include: editInclude,
  toData: toTopicData,
  columns: columnsOf,
  writeLinks: writeCitations,
  prepare: topicDataOf,
  async tags(tx, versions) {
    const slugs = [...new Set(versions.map((v) => v.slug))];
    const sourceIds = [...new Set(versions.flatMap((v) => v.citations.map((c) => c.sourceId)))];
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
  await checkReferences(tx, { sourceIds: form.citations.map((c) => c.sourceId) });
  const slug = await resolveSlug(form.slug, form.name, "topic", (prefix) =>
    slugsStartingWith(tx, "Topic", prefix, exceptId),
  );
  if ("error" in slug) throw taken("slug", slug.error);
  return {
    name: form.name,
    slug: slug.slug,
    overview: form.overview,
    position: form.position,
    citations: citationsOf(form.citations),
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
  return { ...record, citations: await citationsWithSources(db, record.form.citations) };
}

/** The admin API of topics (collectionAdmin): their form, list and a record opened for editing. */
export const topicAdmin = adminApi(topicKind, topicForm, {
  list: { input: topicAdminListInput, output: topicAdminListOutput, read: listTopicsForAdmin },
  getForEdit: { output: topicEditOutput, read: getTopicForEdit },
});
