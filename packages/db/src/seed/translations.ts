// Writes the seeded record's Russian and Kazakh translations (data/translations): published but
// not reviewed, so the public page says an editor has not read them yet. Rows an editor has
// touched (updatedById set) are left alone, so running the seed again never undoes their work.
import type { Prisma } from "../generated/prisma/client";
import type { EntityType } from "../generated/prisma/enums";
import { translationSourceHash } from "../translation-hash";
import { seedTranslations, type SeedTranslatedField } from "./data";
import type { UpsertCounts } from "./index";

/** Seeded record ids by slug, per translated kind. */
export interface SeededIds {
  events: Map<string, string>;
  topics: Map<string, string>;
  places: Map<string, string>;
  ratingSeries: Map<string, string>;
}

const ENTITY_TYPES: Record<keyof SeededIds, EntityType> = {
  events: "EVENT",
  topics: "TOPIC",
  places: "PLACE",
  ratingSeries: "RATING_SERIES",
};

type Row = Prisma.TranslationCreateManyInput;

function rowOf(
  key: Pick<Row, "entityType" | "recordId" | "locale" | "field">,
  t: SeedTranslatedField,
  now: Date,
): Row {
  const sourceHash = translationSourceHash(t.sourceText);
  const base = { ...key, text: t.text, sourceHash, sourceText: t.sourceText, reviewed: false };
  return t.firstParagraphOnly
    ? { ...base, status: "DRAFT" }
    : {
        ...base,
        status: "PUBLISHED",
        publishedText: t.text,
        publishedSourceHash: sourceHash,
        publishedAt: now,
      };
}

/** Every seeded translation as a row, its record found by slug (an unknown slug is an error). */
export function seedTranslationRows(ids: SeededIds, now: Date): Row[] {
  const rows: Row[] = [];
  for (const [locale, byKind] of Object.entries(seedTranslations)) {
    for (const kind of Object.keys(ENTITY_TYPES) as (keyof SeededIds)[]) {
      for (const [slug, fields] of Object.entries(byKind[kind])) {
        const recordId = ids[kind].get(slug);
        if (!recordId) throw new Error(`Seed translations (${locale}): unknown ${kind} "${slug}"`);
        for (const [field, t] of Object.entries(fields as Record<string, SeedTranslatedField>))
          rows.push(rowOf({ entityType: ENTITY_TYPES[kind], recordId, locale, field }, t, now));
      }
    }
  }
  return rows;
}

export async function seedTranslationsInto(
  tx: Prisma.TransactionClient,
  ids: SeededIds,
  now: Date,
): Promise<UpsertCounts> {
  const rows = seedTranslationRows(ids, now);
  const keyOf = (r: Pick<Row, "entityType" | "recordId" | "locale" | "field">) =>
    `${r.entityType}|${r.recordId}|${r.locale}|${r.field}`;
  const existing = new Map(
    (
      await tx.translation.findMany({
        where: { recordId: { in: [...new Set(rows.map((r) => r.recordId))] } },
        select: {
          id: true,
          entityType: true,
          recordId: true,
          locale: true,
          field: true,
          updatedById: true,
        },
      })
    ).map((r) => [keyOf(r), r]),
  );
  const missing = rows.filter((r) => !existing.has(keyOf(r)));
  await tx.translation.createMany({ data: missing });
  let updated = 0;
  for (const row of rows) {
    const found = existing.get(keyOf(row));
    if (!found || found.updatedById) continue;
    await tx.translation.update({ where: { id: found.id }, data: row });
    updated++;
  }
  return { created: missing.length, updated };
}
