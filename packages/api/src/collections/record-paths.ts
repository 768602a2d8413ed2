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

/**
 * The languages besides English each published record's page has a published translation in, by
 * page path: the sitemap lists a record's other languages only there. A collection whose public
 * slugs are made rather than stored (people: a protected person's withheld slug) is listed in
 * English only.
 */
export async function translatedRecordPaths(db: Db): Promise<Map<string, string[]>> {
  const languages = new Map<string, string[]>();
  for (const c of COLLECTIONS.filter((c) => c.recordPages)) {
    const kind = SERVER_KINDS[c.entityType];
    if (kind.publicSlugs) continue;
    // Table and column names are the registry's fixed text, never input.
    const rows = await db.$queryRaw<{ slug: string; locales: string[] }[]>`
      SELECT t.slug, array_agg(DISTINCT tr.locale ORDER BY tr.locale) AS locales
      FROM ${Prisma.raw(`"${c.table}"`)} t
      JOIN "Translation" tr ON tr."entityType" = ${c.entityType}::"EntityType"
        AND tr."recordId" = t.id AND tr."publishedText" IS NOT NULL
      WHERE t.${Prisma.raw(`"${kind.sql.status}"`)} = 'PUBLISHED' AND t."deletedAt" IS NULL
      GROUP BY t.slug`;
    for (const r of rows) languages.set(`${c.path}/${r.slug}`, r.locales);
  }
  return languages;
}
