// Progress per language ("ru: 38/46 events, 3 outdated"), counted in the database: one query per
// translatable kind, each record's translations found through the unique index.
import { Prisma, type Db } from "@kz/db";

import { TRANSLATABLE, type Translatable } from "./translatable";
import { TRANSLATED_LOCALES, type TranslationProgressOutput } from "./translation.schema";

interface Counts {
  locale: string;
  total: number;
  translated: number;
  outdated: number;
}

/** The English of field `f` of record `r`, "" when empty. */
const englishSql = (f: string) => Prisma.raw(`coalesce(r."${f}", '')`);
const hashSql = (text: Prisma.Sql) =>
  Prisma.sql`encode(sha256(convert_to(${text}, 'UTF8')), 'hex')`;

async function countsOf(db: Pick<Db, "$queryRaw">, kind: Translatable): Promise<Counts[]> {
  const fields = Object.keys(kind.localized);
  // A record needs each field whose English is not empty; the field a translation row is of.
  const needed = Prisma.join(
    fields.map((f) => Prisma.sql`(CASE WHEN ${englishSql(f)} <> '' THEN 1 ELSE 0 END)`),
    " + ",
  );
  const englishOfRow = Prisma.sql`CASE t.field ${Prisma.join(
    fields.map((f) => Prisma.sql`WHEN ${f} THEN ${englishSql(f)}`),
    " ",
  )} END`;
  return db.$queryRaw<Counts[]>`
    SELECT loc AS locale, count(*)::int AS total,
           count(*) FILTER (WHERE s.published >= s.needed)::int AS translated,
           count(*) FILTER (WHERE s.outdated > 0)::int AS outdated
    FROM ${Prisma.raw(`"${kind.table}"`)} r
    CROSS JOIN unnest(${[...TRANSLATED_LOCALES]}::text[]) AS loc
    CROSS JOIN LATERAL (
      SELECT ${needed} AS needed,
             count(*) FILTER (WHERE t."publishedText" IS NOT NULL AND ${englishOfRow} <> '') AS published,
             count(*) FILTER (
               WHERE t."publishedText" IS NOT NULL
                 AND t."publishedSourceHash" <> ${hashSql(englishOfRow)}
             ) AS outdated
      FROM "Translation" t
      WHERE t."entityType" = ${kind.entityType}::"EntityType" AND t."recordId" = r.id
        AND t.locale = loc AND t.field = ANY(${fields}::text[])
    ) s
    ${kind.workflow ? Prisma.sql`WHERE r.status = 'PUBLISHED' AND r."deletedAt" IS NULL` : Prisma.empty}
    GROUP BY loc`;
}

/** Per language, each translatable kind's published records, how many are translated, how many outdated. */
export async function translationProgress(
  db: Pick<Db, "$queryRaw">,
): Promise<TranslationProgressOutput> {
  const perKind: { kind: Translatable; counts: Counts[] }[] = [];
  for (const kind of TRANSLATABLE) perKind.push({ kind, counts: await countsOf(db, kind) });
  return TRANSLATED_LOCALES.map((locale) => ({
    locale,
    kinds: perKind.map(({ kind, counts }) => {
      const c = counts.find((row) => row.locale === locale);
      return {
        entityType: kind.entityType,
        label: kind.label,
        total: c?.total ?? 0,
        translated: c?.translated ?? 0,
        outdated: c?.outdated ?? 0,
      };
    }),
  }));
}
