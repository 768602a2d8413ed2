import type { ChangeKind, Db } from "@kz/db";

import { COLLECTIONS } from "../collections";
import type { ChangesSinceInput, ChangesSinceOutput } from "./changes.schema";

const typeOfNoun = new Map(COLLECTIONS.map((c) => [c.noun, c.entityType]));
const nounOfType = new Map(COLLECTIONS.map((c) => [c.entityType as string, c.noun]));

const lowerKind = (k: ChangeKind) => k.toLowerCase() as Lowercase<ChangeKind>;

/**
 * The public changes after `cursor`, oldest first. Only what the public could see is in the
 * feed (see recordChangeLog), so it needs no visibility filter here.
 */
export async function changesSince(db: Db, input: ChangesSinceInput): Promise<ChangesSinceOutput> {
  const after = BigInt(input.cursor ?? "0");
  const types = input.types?.map((t) => typeOfNoun.get(t)!);
  const rows = await db.changeLog.findMany({
    where: { seq: { gt: after }, ...(types ? { entityType: { in: types } } : {}) },
    orderBy: { seq: "asc" },
    take: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      seq: Number(row.seq),
      entityType: nounOfType.get(row.entityType)!,
      slug: row.slug,
      id: row.entityId,
      change: lowerKind(row.change),
      at: row.at.toISOString(),
    })),
    nextCursor: (last?.seq ?? after).toString(),
    hasMore: rows.length > input.limit,
  };
}
