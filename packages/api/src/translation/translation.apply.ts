// Puts a language's published translations onto public outputs, once for every kind: which fields
// are translated comes from the collection registry (translatable.ts), never from the caller.
import { Prisma, translationSourceHash, type Db } from "@kz/db";

import {
  TRANSLATED_LOCALES,
  type ReadLocale,
  type TranslatedLocale,
  type TranslationInfo,
} from "./locale.schema";
import { translatableOf } from "./translatable";

interface Published {
  slug: string;
  locale: TranslatedLocale;
  field: string;
  text: string;
  sourceHash: string;
  reviewed: boolean;
}

type Localized<T> = T & { translation?: TranslationInfo; translatedInto?: TranslatedLocale[] };

/**
 * The records (public outputs, found by slug) in `locale`: each translated field it carries is
 * replaced by its published translation, or kept in English and listed in `translation.fallback`;
 * a translation made from an English that has changed since is listed in `outdated`. With
 * `languages` (a record's page, in any language), `translatedInto` names the languages it has a
 * published translation in, for the page's hreflang. English lists are returned as they are.
 */
export async function localize<T extends { slug: string }>(
  db: Pick<Db, "$queryRaw">,
  entityType: string,
  locale: ReadLocale | undefined,
  records: readonly T[],
  options: { languages?: boolean } = {},
): Promise<Localized<T>[]> {
  const kind = translatableOf(entityType);
  const english = !locale || locale === "en";
  if (!kind || !records.length || (english && !options.languages)) return [...records];
  const fields = Object.keys(kind.localized);
  const rows = await db.$queryRaw<Published[]>`
    SELECT r.slug, t.locale, t.field, t."publishedText" AS text,
           t."publishedSourceHash" AS "sourceHash", t.reviewed
    FROM "Translation" t
    JOIN ${Prisma.raw(`"${kind.table}"`)} r ON r.id = t."recordId"
    WHERE t."entityType" = ${entityType}::"EntityType"
      AND t.locale = ANY(${[...TRANSLATED_LOCALES]}::text[])
      AND t.field = ANY(${fields}::text[]) AND t."publishedText" IS NOT NULL
      AND r.slug = ANY(${records.map((r) => r.slug)}::text[])`;
  const bySlug = new Map<string, Published[]>();
  for (const r of rows) bySlug.set(r.slug, [...(bySlug.get(r.slug) ?? []), r]);
  return records.map((record) => {
    const mine = bySlug.get(record.slug) ?? [];
    const languages = options.languages
      ? { translatedInto: TRANSLATED_LOCALES.filter((l) => mine.some((r) => r.locale === l)) }
      : {};
    if (english) return { ...record, ...languages };
    const published = new Map(mine.filter((r) => r.locale === locale).map((r) => [r.field, r]));
    const out: Record<string, unknown> = { ...record };
    const info: TranslationInfo = { locale, fallback: [], outdated: [], reviewed: true };
    for (const field of fields) {
      const english = out[field];
      if (typeof english !== "string" || english === "") continue;
      const t = published.get(field);
      if (!t) {
        info.fallback.push(field);
        continue;
      }
      out[field] = t.text;
      if (t.sourceHash !== translationSourceHash(english)) info.outdated.push(field);
      if (!t.reviewed) info.reviewed = false;
    }
    return { ...(out as T), translation: info, ...languages };
  });
}

/** One record's page in `locale`, with the languages it is translated into (see localize). */
export async function localizeOne<T extends { slug: string }>(
  db: Pick<Db, "$queryRaw">,
  entityType: string,
  locale: ReadLocale | undefined,
  record: T,
): Promise<Localized<T>> {
  const [out] = await localize(db, entityType, locale, [record], { languages: true });
  return out!;
}
