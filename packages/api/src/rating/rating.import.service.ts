import type { Db, Prisma } from "@kz/db";
import diff from "microdiff";

import type { Mutation } from "../cache/revalidate";
import { AppError } from "../errors";
import { auditRow, type Editor } from "../shared/editor";
import { checkReferences } from "../shared/references";
import { citationOfSource } from "../shared/admin.schema";
import { inTransaction, lockRows, type Tx } from "../shared/tx";
import { workflowColumns, workingCopy } from "../workflow/engine";
import type {
  RatingData,
  RatingImportCommitInput,
  RatingImportCommitOutput,
  RatingImportPreviewInput,
  RatingImportPreviewOutput,
  RatingImportRow,
} from "./rating.admin.schema";
import { ratingColumnsOf, ratingKind, writeRatingCitations } from "./rating.admin.service";
import { parseRatingsCsv, type RatingValues } from "./rating.import";

interface Existing {
  id: string;
  year: number;
  status: string;
  version: number;
  deleted: boolean;
  updatedAt: Date;
  pendingChanges: Prisma.JsonValue | null;
  working: RatingData;
}

/** The series' ratings for these years (trash included), with their working copies: one query. */
async function existingRatings(db: Db | Tx, seriesId: string, years: number[]) {
  if (!years.length) return new Map<number, Existing>();
  const items = await ratingKind.load(
    db as Tx,
    (
      await db.rating.findMany({
        where: { seriesId, year: { in: years } },
        select: { id: true },
      })
    ).map((r) => r.id),
  );
  return new Map(
    items.map((item): [number, Existing] => [
      item.live.year,
      {
        id: item.row.id,
        year: item.live.year,
        status: item.row.status,
        version: item.row.version,
        deleted: item.row.deletedAt !== null,
        updatedAt: item.row.updatedAt,
        pendingChanges: item.row.pendingChanges,
        working: workingCopy(ratingKind, item),
      },
    ]),
  );
}

const valuesOf = (d: RatingData): RatingValues => ({
  year: d.year,
  politicalRights: d.politicalRights,
  civilLiberties: d.civilLiberties,
  status: d.status,
  rank: d.rank,
  score: d.score,
  headOfState: d.headOfState,
  note: d.note,
});

async function plan(db: Db | Tx, input: RatingImportPreviewInput) {
  await checkReferences(db as Tx, { seriesIds: [input.seriesId] });
  const parsed = parseRatingsCsv(input.csv);
  const years = parsed.rows.flatMap((r) => (r.values ? [r.values.year] : []));
  const existing = await existingRatings(db, input.seriesId, years);
  const rows: (RatingImportRow & { existing: Existing | null })[] = parsed.rows.map((r) => {
    const found = r.year !== null ? (existing.get(r.year) ?? null) : null;
    const errors = [...r.errors];
    if (found?.deleted)
      errors.push(`year: the rating for ${r.year} is in the trash; restore or purge it first`);
    if (errors.length || !r.values)
      return {
        line: r.line,
        year: r.year,
        action: "invalid",
        errors,
        values: r.values,
        changes: [],
        existing: found,
      };
    const changes = found
      ? [...new Set(diff(valuesOf(found.working), r.values).map((d) => String(d.path[0])))].sort()
      : [];
    return {
      line: r.line,
      year: r.year,
      action: !found ? "create" : changes.length ? "update" : "unchanged",
      errors,
      values: r.values,
      changes,
      existing: found,
    };
  });
  const count = (action: RatingImportRow["action"]) =>
    rows.filter((r) => r.action === action).length;
  return {
    valid: parsed.errors.length === 0 && count("invalid") === 0,
    errors: parsed.errors,
    rows,
    counts: {
      create: count("create"),
      update: count("update"),
      unchanged: count("unchanged"),
      invalid: count("invalid"),
    },
  };
}

/** What an import would do, row by row, without writing anything. */
export async function previewRatingImport(
  db: Db,
  input: RatingImportPreviewInput,
): Promise<RatingImportPreviewOutput> {
  const result = await plan(db, input);
  return { ...result, rows: result.rows.map(({ existing: _existing, ...row }) => row) };
}

/**
 * Imports the rows in one transaction, or nothing if any row is invalid. A new year becomes a DRAFT
 * rating citing `sourceId`. An existing year is updated like an editor's save: in place while it
 * is not published, as pending changes if it is (so the public site changes only when someone
 * publishes), with `sourceId` added to its citations. One revision per rating written, one audit
 * entry for the import.
 */
export async function commitRatingImport(
  db: Db,
  input: RatingImportCommitInput,
  editor: Editor,
): Promise<Mutation<RatingImportCommitOutput>> {
  return inTransaction(db, async (tx) => {
    await checkReferences(tx, { sourceIds: [input.sourceId] });
    // Lock the rows of the years concerned first, so the plan cannot go stale before it is written.
    const candidates = await tx.rating.findMany({
      where: { seriesId: input.seriesId },
      select: { id: true },
    });
    await lockRows(
      tx,
      "Rating",
      candidates.map((c) => c.id),
    );
    const result = await plan(tx, input);
    if (!result.valid) {
      const fieldErrors: Record<string, string[]> = {};
      if (result.errors.length) fieldErrors.csv = result.errors;
      for (const row of result.rows)
        if (row.errors.length) fieldErrors[`rows.${row.line}`] = row.errors;
      throw new AppError(
        "BAD_REQUEST",
        `Nothing was imported: ${result.counts.invalid || "the"} row${result.counts.invalid === 1 ? " is" : "s are"} invalid`,
        { fieldErrors },
      );
    }
    const note = input.changeNote || null;
    const citation = citationOfSource(input.sourceId);
    const creates = result.rows.filter((r) => r.action === "create");
    const updates = result.rows.filter((r) => r.action === "update");

    const createdData = creates.map((r): RatingData => ({
      ...r.values!,
      seriesId: input.seriesId,
      citations: [citation],
    }));
    const created = createdData.length
      ? await tx.rating.createManyAndReturn({
          data: createdData.map((d) => ({
            ...ratingColumnsOf(d),
            workflowStatus: "DRAFT" as const,
            createdById: editor.id,
            updatedById: editor.id,
          })),
          select: { id: true, year: true },
        })
      : [];
    const idOfYear = new Map(created.map((c) => [c.year, c.id]));
    if (created.length)
      await tx.citation.createMany({
        data: created.map((c) => ({ ratingId: c.id, sourceId: input.sourceId, position: 0 })),
      });

    const revisions: Prisma.RevisionCreateManyInput[] = createdData.map((d) => ({
      entityType: "RATING",
      entityId: idOfYear.get(d.year)!,
      version: 1,
      action: "import",
      snapshot: {
        ...d,
        workflowStatus: "DRAFT",
        publishAt: null,
        inTrash: false,
      } as Prisma.InputJsonValue,
      authorId: editor.id,
      note,
    }));

    // Each updated rating gets its own values: one statement per changed row, in this transaction.
    for (const row of updates) {
      const found = row.existing!;
      const cites = found.working.citations.some((c) => c.sourceId === input.sourceId);
      const data: RatingData = {
        ...found.working,
        ...row.values!,
        citations: cites ? found.working.citations : [...found.working.citations, citation],
      };
      if (found.status === "PUBLISHED") {
        await ratingKind.update(tx, [found.id], {
          pendingChanges: { ...data, changeNote: note },
          updatedById: editor.id,
          updatedAt: found.updatedAt,
        });
      } else {
        await tx.rating.update({ where: { id: found.id }, data: ratingColumnsOf(data) });
        if (!cites) await writeRatingCitations(tx, found.id, data, true);
        await tx.rating.updateMany({
          where: { id: found.id },
          data: workflowColumns({ pendingChanges: null, updatedById: editor.id }, "workflowStatus"),
        });
      }
      revisions.push({
        entityType: "RATING",
        entityId: found.id,
        version: found.version + 1,
        action: "import",
        snapshot: {
          ...data,
          workflowStatus: found.status,
          publishAt: null,
          inTrash: false,
        } as Prisma.InputJsonValue,
        authorId: editor.id,
        note,
      });
    }
    if (revisions.length) await tx.revision.createMany({ data: revisions });

    const summary = {
      created: creates.map((r) => r.year!),
      updated: updates.map((r) => r.year!),
      unchanged: result.rows.filter((r) => r.action === "unchanged").map((r) => r.year!),
    };
    await tx.auditLog.create({
      data: auditRow(
        editor,
        "rating.import",
        { type: "RATING_SERIES", id: input.seriesId },
        {
          seriesId: input.seriesId,
          sourceId: input.sourceId,
          ...summary,
          note,
        },
      ),
    });
    return { result: summary, tags: [] };
  });
}
