import type { ChangeKind, Db } from "@kz/db";

import { withheldSlug } from "../actor/public-actor";
import { COLLECTIONS } from "../collections";
import type { ChangesSinceInput, ChangesSinceOutput } from "./changes.schema";

const typeOfNoun = new Map(COLLECTIONS.map((c) => [c.noun, c.entityType]));
const nounOfType = new Map(COLLECTIONS.map((c) => [c.entityType as string, c.noun]));

const lowerKind = (k: ChangeKind) => k.toLowerCase() as Lowercase<ChangeKind>;

/**
 * The public slugs of the protected people among these actors. The feed is written with them
 * (changes.record.ts), but a row written before the person was protected holds the slug made from
 * their name: it is read under the withheld one.
 */
async function withheldSlugs(db: Db, actorIds: string[]): Promise<Map<string, string>> {
  if (!actorIds.length) return new Map();
  const rows = await db.actor.findMany({
    where: { id: { in: [...new Set(actorIds)] }, isProtected: true },
    select: { id: true, pseudonym: true },
  });
  return new Map(rows.map((r) => [r.id, withheldSlug(r)]));
}

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
  const withheld = await withheldSlugs(
    db,
    page.filter((r) => r.entityType === "ACTOR").map((r) => r.entityId),
  );
  return {
    items: page.map((row) => ({
      seq: Number(row.seq),
      entityType: nounOfType.get(row.entityType)!,
      slug: withheld.get(row.entityId) ?? row.slug,
      id: row.entityId,
      change: lowerKind(row.change),
      at: row.at.toISOString(),
    })),
    nextCursor: (last?.seq ?? after).toString(),
    hasMore: rows.length > input.limit,
  };
}
