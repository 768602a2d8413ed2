import { Prisma, type Db } from "@kz/db";

import type { CollectionTable } from "../collections";
import { AppError } from "../errors";

export type Tx = Prisma.TransactionClient;

/**
 * Editors' transactions wait for their rows' locks rather than fail: many saves of one record queue
 * up on its row lock and each then sees the committed version (and gets CONFLICT if it is stale).
 */
const OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

/** Runs `work` in one transaction; a unique or foreign-key violation becomes a CONFLICT. */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work, OPTIONS);
  } catch (error) {
    throw conflictOf(error) ?? error;
  }
}

/** A write refused by a unique constraint (Prisma's P2002). */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

function conflictOf(error: unknown): AppError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (isUniqueViolation(error)) {
    const target = String((error.meta as { target?: unknown } | undefined)?.target ?? "");
    return new AppError(
      "CONFLICT",
      `Another record already uses this ${target.includes("slug") ? "slug" : "value"}`,
      target.includes("slug") ? { fieldErrors: { slug: ["Already used by another record"] } } : {},
    );
  }
  if (error.code === "P2003") {
    return new AppError("CONFLICT", "Other records still refer to this one");
  }
  return null;
}

/** The tables whose rows a change locks: every collection's. */
export type LockedTable = CollectionTable;

/**
 * Locks the rows with these ids until the transaction ends, in id order (so two bulk operations
 * cannot deadlock), and returns the ids that exist. `skipLocked` passes over rows another
 * transaction holds (for jobs that run in parallel).
 */
export async function lockRows(
  tx: Tx,
  table: LockedTable,
  ids: readonly string[],
  options: { skipLocked?: boolean } = {},
): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${Prisma.raw(`"${table}"`)}
    WHERE id IN (${Prisma.join([...ids])})
    ORDER BY id
    FOR UPDATE ${Prisma.raw(options.skipLocked ? "SKIP LOCKED" : "")}`;
  return rows.map((r) => r.id);
}

/** A stale expectedVersion: nothing is written, and the caller learns the current version. */
export function checkVersion(label: string, current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw new AppError(
      "CONFLICT",
      `This ${label.toLowerCase()} was changed by someone else (version ${current}, you started from ${expected}). Reload it, or compare your changes with the current version.`,
      { currentVersion: current },
    );
  }
}

/**
 * Awaits Prisma queries one after another. Inside a transaction they share one connection, and pg
 * does not run two queries on one connection at once (it warns now and will refuse in pg 9). Prisma
 * queries start only when awaited, so handing them over unawaited keeps the call sites tidy.
 */
export async function oneByOne<const Q extends readonly unknown[]>(
  queries: Q,
): Promise<{ -readonly [K in keyof Q]: Awaited<Q[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { -readonly [K in keyof Q]: Awaited<Q[K]> };
}
