import { ratingFigures, type Db, type FreedomStatus, type Prisma } from "@kz/db";

import { ratingTags } from "../cache/tags";
import { AppError } from "../errors";
import { citationsOf, textOrNull } from "../shared/admin.schema";
import { citationSelect, citationsWithSources } from "../shared/citation-lookup";
import { lower } from "../shared/enums";
import { pageOf } from "../shared/pagination";
import { checkReferences } from "../shared/references";
import { listConditions, listPaging } from "../workflow/admin-list";
import { listItemMeta } from "../workflow/admin-output";
import { oneByOne, type Tx } from "../shared/tx";
import { tableKind } from "../workflow/table-kind";
import { adminApi } from "../workflow/workflow.router";
import type { ByIdInput } from "../workflow/workflow.schema";
import {
  type RatingAdminListInput,
  ratingAdminListInput,
  ratingAdminListOutput,
  type RatingAdminListOutput,
  ratingData,
  type RatingData,
  type RatingEditOutput,
  ratingEditOutput,
  ratingForm,
  type RatingForm,
  type RatingSeriesAdminOutput,
} from "./rating.admin.schema";
import { ratings } from "../collections";

const editInclude = { citations: citationSelect } satisfies Prisma.RatingInclude;
type RatingRow = Prisma.RatingGetPayload<{ include: typeof editInclude }>;

export const toRatingData = (r: RatingRow): RatingData => ({
  seriesId: r.seriesId,
  year: r.year,
  politicalRights: r.politicalRights,
  civilLiberties: r.civilLiberties,
  status: r.status ? lower(r.status) : null,
  rank: r.rank,
  score: r.score,
  headOfState: r.headOfState,
  note: r.note,
  citations: r.citations,
});

export const ratingColumnsOf = (d: RatingData) => ({
  seriesId: d.seriesId,
  year: d.year,
  politicalRights: d.politicalRights,
  civilLiberties: d.civilLiberties,
  status: d.status ? (d.status.toUpperCase() as FreedomStatus) : null,
  rank: d.rank,
  score: d.score,
  headOfState: d.headOfState,
  note: d.note,
});

export async function writeRatingCitations(
  tx: Tx,
  ratingId: string,
  data: RatingData,
  replace: boolean,
) {
  if (replace) await tx.citation.deleteMany({ where: { ratingId } });
  await tx.citation.createMany({
    data: data.citations.map((c, position) => ({ ratingId, ...c, position })),
  });
}

/** A rating's workflow row has `workflowStatus` (its `status` is Freedom House's). */
export const ratingKind = tableKind<RatingData, RatingForm, RatingRow>({
  sql: {
    title: `(SELECT s.name FROM "RatingSeries" s WHERE s.id = t."seriesId") || ', ' || t.year`,
    status: "workflowStatus",
  },
  ...ratings,
  data: ratingData,
  prepare: ratingDataOf,
  include: editInclude,
  toData: toRatingData,
  columns: ratingColumnsOf,
  writeLinks: writeRatingCitations,
  remove: removeRating,
  async tags(tx, versions) {
    const [series, sources] = await oneByOne([
      tx.ratingSeries.findMany({
        where: { id: { in: [...new Set(versions.map((v) => v.seriesId))] } },
        select: { slug: true },
      }),
      tx.source.findMany({
        where: {
          id: { in: [...new Set(versions.flatMap((v) => v.citations.map((c) => c.sourceId)))] },
        },
        select: { slug: true },
      }),
    ]);
    return ratingTags({
      seriesSlugs: series.map((s) => s.slug),
      sourceSlugs: sources.map((s) => s.slug),
    });
  },
});

/** A series has one rating per year, counting ratings whose pending changes move them. */
async function checkYearFree(tx: Tx, data: RatingData, exceptId: string | null) {
  const clash = await tx.rating.findFirst({
    where: {
      ...(exceptId ? { id: { not: exceptId } } : {}),
      OR: [
        { seriesId: data.seriesId, year: data.year },
        {
          AND: [
            { pendingChanges: { path: ["seriesId"], equals: data.seriesId } },
            { pendingChanges: { path: ["year"], equals: data.year } },
          ],
        },
      ],
    },
    select: { id: true, deletedAt: true },
  });
  if (clash) {
    const message = `This series already has a rating for ${data.year}${clash.deletedAt ? " (in the trash)" : ""}`;
    throw new AppError("BAD_REQUEST", message, { fieldErrors: { year: [message] } });
  }
}

export function ratingDataOfForm(form: Omit<RatingForm, "changeNote">): RatingData {
  return {
    seriesId: form.seriesId,
    ...ratingFigures(form),
    headOfState: textOrNull(form.headOfState),
    note: textOrNull(form.note),
    citations: citationsOf(form.citations),
  };
}

async function ratingDataOf(
  tx: Tx,
  form: Omit<RatingForm, "changeNote">,
  exceptId: string | null,
): Promise<RatingData> {
  const data = ratingDataOfForm(form);
  await checkReferences(tx, {
    seriesIds: [data.seriesId],
    sourceIds: data.citations.map((c) => c.sourceId),
  });
  await checkYearFree(tx, data, exceptId);
  return data;
}

async function removeRating(tx: Tx, id: string): Promise<void> {
  await tx.rating.delete({ where: { id } });
}

/** Every series in display order, with how many ratings it holds (trash excluded, any status). */
export async function listRatingSeriesForAdmin(db: Db): Promise<RatingSeriesAdminOutput> {
  const rows = await db.ratingSeries.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      _count: { select: { ratings: { where: { deletedAt: null } } } },
    },
  });
  return rows.map((s) => ({ id: s.id, slug: s.slug, name: s.name, ratingCount: s._count.ratings }));
}

export async function listRatingsForAdmin(
  db: Db,
  input: RatingAdminListInput,
): Promise<RatingAdminListOutput> {
  const and = listConditions<Prisma.RatingWhereInput>(input, {
    search: ["headOfState", "note"],
    statusColumn: "workflowStatus",
  });
  and.push({ seriesId: input.seriesId });
  if (input.year !== undefined) and.push({ year: input.year });
  const where: Prisma.RatingWhereInput = { AND: and };
  const [rows, total] = await Promise.all([
    db.rating.findMany({
      where,
      ...listPaging<Prisma.RatingOrderByWithRelationInput>(input, input.sort),
      include: { updatedBy: { select: { name: true } }, _count: { select: { citations: true } } },
    }),
    db.rating.count({ where }),
  ]);
  const { page, nextCursor } = pageOf(rows, input.limit);
  return {
    items: page.map((r) => ({
      ...listItemMeta({ ...r, status: r.workflowStatus }),
      seriesId: r.seriesId,
      year: r.year,
      politicalRights: r.politicalRights,
      civilLiberties: r.civilLiberties,
      freedomStatus: r.status ? lower(r.status) : null,
      citationCount: r._count.citations,
    })),
    nextCursor,
    total,
  };
}

export async function getRatingForEdit(db: Db, input: ByIdInput): Promise<RatingEditOutput> {
  const { row, record } = await ratingKind.openForEdit<{
    series: { id: string; slug: string; name: string };
  }>(db, input.id, {
    series: { select: { id: true, slug: true, name: true } },
  });
  return {
    ...record,
    series: row.series,
    citations: await citationsWithSources(db, record.form.citations),
  };
}

/** The admin API of ratings (collectionAdmin): their form, list and a record opened for editing. */
export const ratingAdmin = adminApi(ratingKind, ratingForm, {
  list: { input: ratingAdminListInput, output: ratingAdminListOutput, read: listRatingsForAdmin },
  getForEdit: { output: ratingEditOutput, read: getRatingForEdit },
});
