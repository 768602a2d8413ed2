// Puts a language's published translations onto public outputs, once for every kind: which fields
// are translated comes from the collection registry (translatable.ts), never from the caller.
import { Prisma, translationSourceHash, type Db, type EntityType } from "@kz/db";

import {
  TRANSLATED_LOCALES,
  type ReadLocale,
  type TranslatedLocale,
  type TranslationInfo,
} from "./locale.schema";
import { translatableOf, type Translatable } from "./translatable";

interface Published {
  entityType: string;
  slug: string;
  locale: TranslatedLocale;
  field: string;
  text: string;
  sourceHash: string;
  reviewed: boolean;
}

/** The published translations a read needs of one kind: these fields of these records. */
interface Wanted {
  kind: Translatable;
  fields: readonly string[];
  slugs: readonly string[];
  locales: readonly TranslatedLocale[];
}

type Localized<T> = T & { translation?: TranslationInfo; translatedInto?: TranslatedLocale[] };

/**
 * Public outputs name the records they link to under these keys, each a list of `{ slug, name }`;
 * the name is translated where the linked kind translates `name` (topics, places). Actors are not
 * here: their names stay as the record spells them (collections/actor.ts).
 */
const LINKS: Readonly<Record<string, EntityType>> = { topics: "TOPIC", places: "PLACE" };

const keyOf = (entityType: string, slug: string) => `${entityType}:${slug}`;

/** Every wanted translation in one query (a UNION per kind), by kind and slug. */
async function publishedOf(
  db: Pick<Db, "$queryRaw">,
  wanted: readonly Wanted[],
): Promise<Map<string, Published[]>> {
  const bySlug = new Map<string, Published[]>();
  const parts = wanted.filter((w) => w.fields.length && w.slugs.length);
  if (!parts.length) return bySlug;
  const selects = parts.map(
    (w) => Prisma.sql`
    SELECT ${w.kind.entityType}::text AS "entityType", r.slug, t.locale, t.field,
           t."publishedText" AS text, t."publishedSourceHash" AS "sourceHash", t.reviewed
    FROM "Translation" t
    JOIN ${Prisma.raw(`"${w.kind.table}"`)} r ON r.id = t."recordId"
    WHERE t."entityType" = ${w.kind.entityType}::"EntityType"
      AND t.locale = ANY(${[...w.locales]}::text[])
      AND t.field = ANY(${[...w.fields]}::text[]) AND t."publishedText" IS NOT NULL
      AND r.slug = ANY(${[...new Set(w.slugs)]}::text[])`,
  );
  const rows = await db.$queryRaw<Published[]>`${Prisma.join(selects, " UNION ALL ")}`;
  for (const r of rows) {
    const key = keyOf(r.entityType, r.slug);
    bySlug.set(key, [...(bySlug.get(key) ?? []), r]);
  }
  return bySlug;
}

/**
 * `record`'s `fields` in `locale`: each replaced by its published translation, or kept in English
 * and listed in `fallback`; one made from an English that has changed since is listed in `outdated`.
 */
function translate<T extends object>(
  record: T,
  fields: readonly string[],
  locale: TranslatedLocale,
  mine: readonly Published[],
): T & { translation: TranslationInfo } {
  const published = new Map(mine.filter((r) => r.locale === locale).map((r) => [r.field, r]));
  const out = { ...record } as Record<string, unknown>;
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
  return { ...(out as T), translation: info };
}

type Ref = { slug: string; name: string };

/** The linked kinds whose names are translated, with the key outputs list them under. */
const LINKED_NAMES = Object.entries(LINKS).flatMap(([key, entityType]) => {
  const kind = translatableOf(entityType);
  return kind && "name" in kind.localized ? [{ key, kind }] : [];
});

const refsOf = (record: object, key: string): Ref[] => {
  const value = (record as Record<string, unknown>)[key];
  return Array.isArray(value) ? (value as Ref[]) : [];
};

/**
 * The records (public outputs, found by slug) in `locale`: each translated field it carries is
 * replaced by its published translation, or kept in English and listed in `translation.fallback`;
 * a translation made from an English that has changed since is listed in `outdated`. The records
 * it links to (`topics`, `places`) are named in `locale` too, each with its own `translation`, all
 * read in the same query. With `languages` (a record's page, in any language), `translatedInto`
 * names the languages it has a published translation in, for the page's hreflang. English lists
 * are returned as they are.
 */
export async function localize<T extends { slug: string }>(
  db: Pick<Db, "$queryRaw">,
  entityType: string,
  locale: ReadLocale | undefined,
  records: readonly T[],
  options: { languages?: boolean } = {},
): Promise<Localized<T>[]> {
  const kind = translatableOf(entityType);
  const target = !locale || locale === "en" ? null : locale;
  if (!records.length || (!target && !(kind && options.languages))) return [...records];
  const fields = kind ? Object.keys(kind.localized) : [];
  const own: Wanted[] = kind
    ? [
        {
          kind,
          fields,
          slugs: records.map((r) => r.slug),
          locales: options.languages ? TRANSLATED_LOCALES : target ? [target] : [],
        },
      ]
    : [];
  const linked: Wanted[] = target ? linkedWanted(records, target) : [];
  const published = await publishedOf(db, [...own, ...linked]);
  const of = (type: string, slug: string) => published.get(keyOf(type, slug)) ?? [];
  return records.map((record) => {
    const mine = kind ? of(kind.entityType, record.slug) : [];
    const languages = options.languages
      ? { translatedInto: TRANSLATED_LOCALES.filter((l) => mine.some((r) => r.locale === l)) }
      : {};
    if (!target) return { ...record, ...languages };
    const out = kind ? translate(record, fields, target, mine) : record;
    return { ...out, ...linkedNamesOf(record, target, of), ...languages };
  });
}

/** The linked names (`topics`, `places`) the records carry, to read in `locale`. */
function linkedWanted(records: readonly object[], locale: TranslatedLocale): Wanted[] {
  return LINKED_NAMES.map(({ key, kind }) => ({
    kind,
    fields: ["name"],
    slugs: records.flatMap((r) => refsOf(r, key).map((ref) => ref.slug)),
    locales: [locale],
  }));
}

/** `record`'s linked lists with each name in `locale` where published, and its `translation`. */
function linkedNamesOf(
  record: object,
  locale: TranslatedLocale,
  of: (entityType: string, slug: string) => Published[],
): Record<string, unknown> {
  return Object.fromEntries(
    LINKED_NAMES.filter(({ key }) => key in record).map(({ key, kind }) => [
      key,
      refsOf(record, key).map((ref) =>
        translate(ref, ["name"], locale, of(kind.entityType, ref.slug)),
      ),
    ]),
  );
}

/**
 * An output that is not a record but lists records by name (an event list's facets, its
 * timeline's topics): its `topics` and `places` named in `locale` as localize names an event's.
 */
export async function localizeLinks<T extends object>(
  db: Pick<Db, "$queryRaw">,
  locale: ReadLocale | undefined,
  output: T,
): Promise<T> {
  if (!locale || locale === "en") return output;
  const published = await publishedOf(db, linkedWanted([output], locale));
  return {
    ...output,
    ...linkedNamesOf(output, locale, (type, slug) => published.get(keyOf(type, slug)) ?? []),
  };
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
