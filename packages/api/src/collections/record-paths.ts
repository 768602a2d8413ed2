import { Prisma, type Db } from "@kz/db";

import { COLLECTIONS } from "./index";
import { SERVER_KINDS } from "./server";

/**
 * The public page of every published record, by collection in registry order and by slug within
 * one: what the sitemap lists. Each collection with `recordPages` has a page per record at
 * `${path}/${slug}` (or at the slugs its `publicSlugs` gives); one query per collection.
 */
export async function publicRecordPaths(db: Db): Promise<string[]> {
  const paths: string[] = [];
  for (const c of COLLECTIONS.filter((c) => c.recordPages)) {
    const kind = SERVER_KINDS[c.entityType];
    if (kind.publicSlugs) {
      paths.push(...(await kind.publicSlugs(db)).map((slug) => `${c.path}/${slug}`));
      continue;
    }
    // Table and column names are the registry's fixed text, never input.
    const status = Prisma.raw(`"${kind.sql.status}"`);
    const rows = await db.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM ${Prisma.raw(`"${c.table}"`)}
      WHERE ${status} = 'PUBLISHED' AND "deletedAt" IS NULL
      ORDER BY slug`;
    paths.push(...rows.map((r) => `${c.path}/${r.slug}`));
  }
  return paths;
}
