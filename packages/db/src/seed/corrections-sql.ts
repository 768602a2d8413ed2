// The data migration `*_seed_corrected_against_the_document`, written from data/corrections.ts so
// the two cannot drift (a unit test holds the migration's SQL to this). It runs once on every
// database; on one seeded before issue 21 it applies each correction only where the stored value
// is still the seed's old one, so an editor's own change is kept.
import { corrections, DOCUMENT_SOURCE, removedSources, SECTION, type SeedCorrection } from "./data";

export const CORRECTION_NOTE = "Corrected against the source document.";

const text = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The SQL value of a field's seeded value, typed as the column is. */
export function value(field: string, v: unknown): string {
  if (field === "endDate" || field === "publishedDate")
    return v === null ? "NULL::date" : `DATE ${text(String(v))}`;
  if (field === "kind") return `${text(String(v))}::"SourceKind"`;
  if (field === "otherNames")
    return `ARRAY[${((v as string[] | null) ?? []).map(text).join(", ")}]::text[]`;
  return text(String(v));
}

/** The table of each kind of corrected record, and its revisions' entity type (none: no revisions). */
export const TABLE = {
  event: ["Event", "EVENT"],
  actor: ["Actor", "ACTOR"],
  place: ["Place", "PLACE"],
  case: ["Case", "CASE"],
  source: ["Source", "SOURCE"],
  ratingSeries: ["RatingSeries", null],
} as const;

/** Fields an editor's pending working copy holds as plain text, under the same name. */
const PENDING_TEXT = new Set([
  "title",
  "summary",
  "body",
  "description",
  "publisher",
  "notes",
  "kind",
]);

const track = (type: string, update: string, returning: string) =>
  `WITH changed AS (\n  ${update}\n  RETURNING ${returning} AS id\n) INSERT INTO corrected SELECT '${type}', id FROM changed;`;

/** The statements that apply these corrections (into a temporary table `corrected`). */
export function correctionStatements(list: readonly SeedCorrection[]): string {
  return list.flatMap(statement).join("\n\n");
}

function statement(c: SeedCorrection): string[] {
  const where = (alias: string, table: string) => `${alias}."slug" = ${text(c.slug)}${table}`;
  switch (c.record) {
    case "eventActor":
      return [
        track(
          "EVENT",
          c.after === null
            ? `DELETE FROM "EventActor" ea USING "Event" e, "Actor" a
  WHERE ea."eventId" = e.id AND ea."actorId" = a.id AND ${where("e", "")}
    AND a."slug" = ${text(c.actor)} AND ea."role" = ${text(c.before)}`
            : `UPDATE "EventActor" ea SET "role" = ${text(c.after)} FROM "Event" e, "Actor" a
  WHERE ea."eventId" = e.id AND ea."actorId" = a.id AND ${where("e", "")}
    AND a."slug" = ${text(c.actor)} AND ea."role" = ${text(c.before)}`,
          'e."id"',
        ),
      ];
    case "eventPlace":
      return [
        track(
          "EVENT",
          c.after
            ? `INSERT INTO "EventPlace" ("eventId", "placeId")
  SELECT e.id, p.id FROM "Event" e, "Place" p WHERE ${where("e", "")} AND p."slug" = ${text(c.place)}
  ON CONFLICT DO NOTHING`
            : `DELETE FROM "EventPlace" ep USING "Event" e, "Place" p
  WHERE ep."eventId" = e.id AND ep."placeId" = p.id AND ${where("e", "")} AND p."slug" = ${text(c.place)}`,
          c.after ? '"eventId"' : 'ep."eventId"',
        ),
      ];
    case "caseEntry":
    case "caseFinding": {
      const table = c.record === "caseEntry" ? "CaseEntry" : "CaseFinding";
      return [
        track(
          "CASE",
          `UPDATE "${table}" x SET "${c.field}" = ${text(c.after)} FROM "Case" k
  WHERE x."caseId" = k.id AND ${where("k", "")} AND x."position" = ${c.position}
    AND x."${c.field}" = ${text(c.before)}`,
          "k.id",
        ),
      ];
    }
    default: {
      const [table, type] = TABLE[c.record];
      const set = `"${c.field}" = ${value(c.field, c.after)}`;
      const guard = `"${c.field}" IS NOT DISTINCT FROM ${value(c.field, c.before)}`;
      const update = `UPDATE "${table}" t SET ${set} WHERE ${where("t", "")} AND t.${guard}`;
      const out = [type ? track(type, update, "t.id") : `${update};`];
      if (type && c.record !== "ratingSeries" && PENDING_TEXT.has(c.field))
        out.push(
          `UPDATE "${table}" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{${c.field}}', to_jsonb(${text(String(c.after))}::text))
  WHERE ${where("t", "")} AND t."pendingChanges"->>'${c.field}' = ${text(String(c.before))};`,
        );
      return out;
    }
  }
}

/** The quote a removed source's unquoted citations get, as the seed now cites them. */
const REMOVED_QUOTES: Record<string, string> = {
  "zhanaozen-eyewitness-accounts-2011":
    "Eyewitnesses claimed police opened fire on unarmed protesters in the town of Zhanaozen",
  "kazakh-government-officials-on-zhanaozen-2011":
    "according to government officials police were forced to defend themselves.",
  "kazakh-officials-on-hare-krishna-evictions-2006":
    "Kazakh officials claimed that the evictions were legitimate, and that the properties had been acquired illegally.",
};
const EU_2020 =
  "acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms";

const OWNERS = ["eventId", "topicId", "ratingId", "caseEntryId", "caseFindingId"];
const sameOwner = (a: string, b: string) =>
  OWNERS.map((o) => `${a}."${o}" IS NOT DISTINCT FROM ${b}."${o}"`).join(" AND ");
/** The record a citation belongs to, for the bookkeeping below. */
const ownerOf = (c: string) => `CASE
    WHEN ${c}."eventId" IS NOT NULL THEN 'EVENT:' || ${c}."eventId"
    WHEN ${c}."topicId" IS NOT NULL THEN 'TOPIC:' || ${c}."topicId"
    WHEN ${c}."ratingId" IS NOT NULL THEN 'RATING:' || ${c}."ratingId"
    WHEN ${c}."caseEntryId" IS NOT NULL THEN 'CASE:' || (SELECT "caseId" FROM "CaseEntry" WHERE id = ${c}."caseEntryId")
    ELSE 'CASE:' || (SELECT "caseId" FROM "CaseFinding" WHERE id = ${c}."caseFindingId") END`;
const trackOwner = (sql: string) =>
  `WITH changed AS (\n  ${sql}\n) INSERT INTO corrected SELECT split_part(owner, ':', 1), split_part(owner, ':', 2) FROM changed;`;

export function correctionsSql(): string {
  const removed = removedSources
    .map(
      (r) =>
        `(${text(r.slug)}, ${r.speaker === null ? "NULL" : text(r.speaker)}, ${REMOVED_QUOTES[r.slug] ? text(REMOVED_QUOTES[r.slug]!) : "NULL"})`,
    )
    .join(",\n  ");
  const doc = `(SELECT id FROM "Source" WHERE "slug" = ${text(DOCUMENT_SOURCE)})`;
  const kinds = [
    ["EVENT", "Event"],
    ["TOPIC", "Topic"],
    ["CASE", "Case"],
    ["ACTOR", "Actor"],
    ["PLACE", "Place"],
    ["SOURCE", "Source"],
  ];
  return `-- A data migration: the schema is unchanged. The statements below run once on every database,
-- in order with the other migrations; write them so that they change only what they mean to.

-- Issue 21: the seed corrected against the source document. Generated from
-- packages/db/src/seed/data/corrections.ts by packages/db/src/seed/corrections-sql.ts; each value
-- changes only where it is still the seed's old one, so an editor's change is kept. An editor's
-- pending working copy gets the same text corrections. No revision is written (a revision holds the
-- admin form's whole record): each corrected record gets an audit line, an entry in the changes
-- feed if public, and events the public note "${CORRECTION_NOTE}"
CREATE TEMPORARY TABLE corrected (entity_type text NOT NULL, id text NOT NULL);

${correctionStatements(corrections)}

-- Sources the document does not name: their citations cite the document, with the speaker the
-- document gives the words to in the locator; then the sources go to the trash.
CREATE TEMPORARY TABLE removed_source (slug text PRIMARY KEY, speaker text, quote text);
INSERT INTO removed_source VALUES
  ${removed};

-- An unquoted citation of one the document names no words for, on a record already citing the
-- document, adds nothing: dropped.
${trackOwner(`DELETE FROM "Citation" c USING "Source" s, removed_source r
  WHERE c."sourceId" = s.id AND s."slug" = r.slug AND r.quote IS NULL AND c.quote IS NULL
    AND EXISTS (SELECT 1 FROM "Citation" d WHERE d."sourceId" = ${doc} AND ${sameOwner("d", "c")})
  RETURNING ${ownerOf("c")} AS owner`)}

-- "Government officials" and "official sources" were one source: the death toll gets its own.
${trackOwner(`INSERT INTO "Citation" (id, "sourceId", "eventId", "topicId", "ratingId", "caseEntryId", "caseFindingId", locator, quote, position)
  SELECT 'c' || substr(md5(c.id || 'official sources'), 1, 24), ${doc}, c."eventId", c."topicId",
         c."ratingId", c."caseEntryId", c."caseFindingId",
         ${text(SECTION.zhanaozen)} || ' (official sources)',
         'According to official sources 15 people were found dead after the clashes.',
         (SELECT max(d.position) + 1 FROM "Citation" d WHERE ${sameOwner("d", "c")})
  FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
  WHERE s."slug" = 'kazakh-government-officials-on-zhanaozen-2011' AND c.quote IS NULL
  RETURNING ${ownerOf('"Citation"')} AS owner`)}

${trackOwner(`UPDATE "Citation" c
  SET "sourceId" = ${doc},
      locator = CASE WHEN r.speaker IS NULL THEN c.locator
                     ELSE coalesce(c.locator || ' ', '') || '(' || r.speaker || ')' END,
      quote = coalesce(c.quote, r.quote)
  FROM "Source" s, removed_source r
  WHERE c."sourceId" = s.id AND s."slug" = r.slug
  RETURNING ${ownerOf("c")} AS owner`)}

-- The EU's words on the 12th dialogue: the document's citation and the verified page's carry them.
${trackOwner(`UPDATE "Citation" c SET locator = ${text(`${SECTION.dialogue} (the EU)`)}, quote = ${text(EU_2020)}
  FROM "Event" e
  WHERE c."eventId" = e.id AND e."slug" = '2020-twelfth-eu-kazakhstan-human-rights-dialogue'
    AND c."sourceId" = ${doc} AND c.locator = ${text(SECTION.dialogue)} AND c.quote IS NULL
  RETURNING ${ownerOf("c")} AS owner`)}
${trackOwner(`UPDATE "Citation" c SET locator = ${text(`${SECTION.dialogue} (the EU)`)}
  FROM "Source" s
  WHERE c."sourceId" = s.id AND s."slug" = 'eu-statement-human-rights-dialogue-2020'
    AND c.locator = ${text(SECTION.dialogue)} AND c.quote = ${text(EU_2020)}
  RETURNING ${ownerOf("c")} AS owner`)}

-- Nothing cites them now: to the trash, unpublished, where an editor can still see and restore them.
CREATE TEMPORARY TABLE trashed AS
  SELECT s.id, s."slug", s.status = 'PUBLISHED' AND s."deletedAt" IS NULL AS was_public
  FROM "Source" s JOIN removed_source r ON r.slug = s."slug"
  WHERE s."deletedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c."sourceId" = s.id);
UPDATE "Source" s SET status = 'ARCHIVED', "deletedAt" = CURRENT_TIMESTAMP, "updatedAt" = CURRENT_TIMESTAMP
  FROM trashed t WHERE s.id = t.id;
INSERT INTO corrected SELECT 'SOURCE', id FROM trashed;

-- Bookkeeping for every corrected record.
UPDATE "Event" SET "lastUpdateNote" = ${text(CORRECTION_NOTE)}
  WHERE id IN (SELECT id FROM corrected WHERE entity_type = 'EVENT');
${kinds
  .map(
    ([type, table]) =>
      `UPDATE "${table}" SET "updatedAt" = CURRENT_TIMESTAMP WHERE id IN (SELECT id FROM corrected WHERE entity_type = '${type}');
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT '${type}', t.id, t."slug", 'UPDATED' FROM "${table}" t
  WHERE t.id IN (SELECT id FROM corrected WHERE entity_type = '${type}')
    AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL
    AND t.id NOT IN (SELECT id FROM trashed);`,
  )
  .join("\n")}
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT 'SOURCE', id, "slug", 'DELETED' FROM trashed WHERE was_public;
INSERT INTO "AuditLog" (id, "actorLabel", action, "entityType", "entityId", details)
  SELECT 'c' || substr(md5(k.entity_type || k.id || 'issue 21'), 1, 24), 'system', 'seed.correct',
         k.entity_type::"EntityType", k.id,
         jsonb_build_object('note', ${text(CORRECTION_NOTE)}, 'issue', 21)
  FROM (SELECT DISTINCT entity_type, id FROM corrected) k;

DROP TABLE corrected, removed_source, trashed;
`;
}
