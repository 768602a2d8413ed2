import { Prisma, type Db, type EntityType } from "@kz/db";

import { KINDS_IN_LINK_ORDER } from "../collections/server";
import { auditRow, systemEditor } from "../shared/editor";
import { inTransaction, lockRows, type Tx } from "../shared/tx";
import { applyAction, type WorkflowKind } from "./engine";

export interface PublishDueReport {
  published: { entityType: EntityType; id: string }[];
  /** Due but not publishable (e.g. an event that lost its citations): the schedule is cleared. */
  failed: { entityType: EntityType; id: string; error: string }[];
  tags: string[];
}

async function dueIds(tx: Tx, kind: WorkflowKind<object>, now: Date): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${Prisma.raw(`"${kind.table}"`)}
    WHERE "publishAt" <= ${now} AND "deletedAt" IS NULL
    ORDER BY id`;
  // Another worker may be publishing some of them: take only the rows nobody holds.
  return lockRows(
    tx,
    kind.table,
    rows.map((r) => r.id),
    { skipLocked: true },
  );
}

/**
 * Publishes every record whose `publishAt` has come, as the user "system", in one transaction; each
 * published record gets a revision and an audit line like a manual publish. Idempotent: publishing
 * clears `publishAt`, so a second run (or a second worker) finds nothing left to do. After the
 * commit, `revalidate` receives the public cache tags; its failure is logged, not thrown.
 */
export async function publishDue(
  db: Db,
  now: Date = new Date(),
  options: { revalidate?: (tags: string[]) => Promise<void> } = {},
): Promise<PublishDueReport> {
  const report = await inTransaction(db, async (tx) => {
    const out: PublishDueReport = { published: [], failed: [], tags: [] };
    // Linked records first: an event due at the same time may cite a source that is due too.
    for (const kind of KINDS_IN_LINK_ORDER) {
      const ids = await dueIds(tx, kind, now);
      if (!ids.length) continue;
      // Re-checked after the lock: a worker that got there first has cleared publishAt.
      const items = (await kind.load(tx, ids)).filter(
        (i) => i.row.publishAt !== null && i.row.publishAt <= now && i.row.deletedAt === null,
      );
      if (!items.length) continue;
      const { outcomes, tags } = await applyAction(tx, kind, items, "publish", systemEditor, {
        now,
      });
      out.tags.push(...tags);
      const failed = outcomes.filter((o) => !o.ok);
      for (const o of outcomes) {
        if (o.ok) out.published.push({ entityType: kind.entityType, id: o.id });
        else out.failed.push({ entityType: kind.entityType, id: o.id, error: o.error ?? "" });
      }
      if (failed.length) {
        // Raw SQL: clearing the schedule is not an edit, so neither version nor updatedAt moves.
        await tx.$executeRaw`
          UPDATE ${Prisma.raw(`"${kind.table}"`)} SET "publishAt" = NULL
          WHERE id IN (${Prisma.join(failed.map((f) => f.id))})`;
        await tx.auditLog.createMany({
          data: failed.map((f) =>
            auditRow(
              systemEditor,
              `${kind.noun}.scheduleFailed`,
              { type: kind.entityType, id: f.id },
              {
                error: f.error,
              },
            ),
          ),
        });
      }
    }
    out.tags = [...new Set(out.tags)].sort();
    return out;
  });
  if (report.tags.length && options.revalidate) {
    try {
      await options.revalidate(report.tags);
    } catch (error) {
      console.error(`Revalidating ${report.tags.join(", ")} failed:`, error);
    }
  }
  return report;
}
