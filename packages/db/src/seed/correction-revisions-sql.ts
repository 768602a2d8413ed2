// The data migration `*_seed_corrections_get_their_revisions`, written from data/corrections.ts so
// the two cannot drift (correction-revisions-sql.test.ts holds the migration's SQL to this). The
// corrections migration changed records without writing revisions, so the corrections were not
// versions in their history. This gives each record it changed one revision noted with the
// correction note: the record's current form as the admin's revisions hold it, as published if it
// is public. The corrections migration wrote the audit lines and the changes feed already: a
// revision adds no change to the record, so this writes neither again.
import { CORRECTION_NOTE, TABLE, value } from "./corrections-sql";
import { corrections, type SeedCorrection } from "./data";
import { DATA_MIGRATION_HEADER } from "../migrate";

const text = (v: string) => `'${v.replace(/'/g, "''")}'`;

/** A record's citations (those matching `where`, over `c`) in the admin form's shape. */
const citations = (where: string) => `coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position, c.id) FROM "Citation" c WHERE ${where}), '[]'::jsonb)`;

/** The ids of a join table's rows for record `t`, in the order the admin form loads them. */
const ids = (table: string, column: string, owner: string, order: string) =>
  `coalesce((SELECT jsonb_agg(x."${column}" ORDER BY x."${order}") FROM "${table}" x WHERE x."${owner}" = t.id), '[]'::jsonb)`;

const isoDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/**
 * Each kind's form, over its row `t`, as the admin's load gives it (the toXData of each kind in
 * packages/api: event, topic, case, actor, place, source, rating).
 */
const FORMS = {
  EVENT: `jsonb_build_object('title', t.title, 'slug', t.slug, 'summary', t.summary, 'body', t.body,
      'startDate', ${isoDate('t."startDate"')}, 'endDate', ${isoDate('t."endDate"')},
      'datePrecision', lower(t."datePrecision"::text),
      'topicIds', ${ids("EventTopic", "topicId", "eventId", "position")},
      'placeIds', ${ids("EventPlace", "placeId", "eventId", "placeId")},
      'actors', coalesce((SELECT jsonb_agg(jsonb_build_object('actorId', x."actorId", 'role', x.role)
        ORDER BY x."actorId", x.role) FROM "EventActor" x WHERE x."eventId" = t.id), '[]'::jsonb),
      'citations', ${citations('c."eventId" = t.id')})`,
  TOPIC: `jsonb_build_object('name', t.name, 'slug', t.slug, 'overview', t.overview, 'position', t.position,
      'citations', ${citations('c."topicId" = t.id')},
      'facts', coalesce((SELECT jsonb_agg(jsonb_build_object('kind', f.kind, 'label', f.label,
        'value', f.value, 'qualifier', f.qualifier, 'unit', f.unit, 'asOf', f."asOf",
        'citations', ${citations('c."topicFactId" = f.id')}) ORDER BY f.position)
        FROM "TopicFact" f WHERE f."topicId" = t.id), '[]'::jsonb))`,
  CASE: `jsonb_build_object('title', t.title, 'slug', t.slug, 'kind', lower(t.kind::text),
      'summary', t.summary, 'actorIds', ${ids("CaseActor", "actorId", "caseId", "position")},
      'unnamedCount', t."unnamedCount", 'charges', t.charges, 'articles', to_jsonb(t.articles),
      'authority', t.authority, 'detentionPlace', t."detentionPlace",
      'entries', coalesce((SELECT jsonb_agg(jsonb_build_object('date', ${isoDate("e.date")},
        'datePrecision', lower(e."datePrecision"::text), 'status', lower(e.status::text),
        'term', e.term, 'note', e.note, 'citations', ${citations('c."caseEntryId" = e.id')})
        ORDER BY e.position, e.id) FROM "CaseEntry" e WHERE e."caseId" = t.id), '[]'::jsonb),
      'findings', coalesce((SELECT jsonb_agg(jsonb_build_object('body', f.body, 'finding', f.finding,
        'date', ${isoDate("f.date")}, 'datePrecision', lower(f."datePrecision"::text),
        'citations', ${citations('c."caseFindingId" = f.id')})
        ORDER BY f.position, f.id) FROM "CaseFinding" f WHERE f."caseId" = t.id), '[]'::jsonb),
      'eventIds', ${ids("CaseEvent", "eventId", "caseId", "eventId")},
      'topicIds', ${ids("CaseTopic", "topicId", "caseId", "topicId")})`,
  ACTOR: `jsonb_build_object('name', t.name, 'slug', t.slug, 'kind', lower(t.kind::text),
      'otherNames', to_jsonb(t."otherNames"), 'description', t.description,
      'isProtected', t."isProtected", 'pseudonym', t.pseudonym)`,
  PLACE: `jsonb_build_object('name', t.name, 'slug', t.slug, 'otherNames', to_jsonb(t."otherNames"),
      'region', t.region, 'latitude', t.latitude, 'longitude', t.longitude)`,
  SOURCE: `jsonb_build_object('title', t.title, 'slug', t.slug, 'publisher', t.publisher,
      'kind', lower(t.kind::text), 'url', t.url, 'publishedDate', ${isoDate('t."publishedDate"')},
      'accessedDate', ${isoDate('t."accessedDate"')}, 'notes', t.notes, 'archiveUrl', t."archiveUrl",
      'verifiedBy', t."verifiedBy", 'verifiedOn', ${isoDate('t."verifiedOn"')},
      'verificationNote', t."verificationNote")`,
  RATING: `jsonb_build_object('seriesId', t."seriesId", 'year', t.year,
      'politicalRights', t."politicalRights", 'civilLiberties', t."civilLiberties",
      'status', lower(t.status::text), 'rank', t.rank, 'score', t.score,
      'headOfState', t."headOfState", 'note', t.note, 'citations', ${citations('c."ratingId" = t.id')})`,
} as const;

/** Each kind's table and workflow status column (a rating's `status` is its content's). */
const KINDS: Record<keyof typeof FORMS, { table: string; status: string }> = {
  EVENT: { table: "Event", status: "status" },
  TOPIC: { table: "Topic", status: "status" },
  CASE: { table: "Case", status: "status" },
  ACTOR: { table: "Actor", status: "status" },
  PLACE: { table: "Place", status: "status" },
  SOURCE: { table: "Source", status: "status" },
  RATING: { table: "Rating", status: "workflowStatus" },
};

/**
 * The record a correction is on, as (entity type, id) rows of records that no longer hold the
 * corrected value: an editor has changed it since. Ratings' series have no revisions: none.
 */
function notAsCorrected(c: SeedCorrection): string | null {
  const slug = text(c.slug);
  // `present`: the corrected record has the row; it is not as corrected where that is not so.
  const exists = (sql: string, present: boolean) =>
    present ? `NOT EXISTS (${sql})` : `EXISTS (${sql})`;
  switch (c.record) {
    case "eventActor":
      return `SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = ${slug} AND ${exists(
        `SELECT 1 FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId"
    WHERE x."eventId" = t.id AND a.slug = ${text(c.actor)} AND x.role = ${text(c.after ?? c.before)}`,
        c.after !== null,
      )}`;
    case "eventPlace":
      return `SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = ${slug} AND ${exists(
        `SELECT 1 FROM "EventPlace" x JOIN "Place" p ON p.id = x."placeId"
    WHERE x."eventId" = t.id AND p.slug = ${text(c.place)}`,
        c.after,
      )}`;
    case "caseEntry":
    case "caseFinding":
      return `SELECT 'CASE', t.id FROM "Case" t WHERE t.slug = ${slug} AND NOT EXISTS (
    SELECT 1 FROM "${c.record === "caseEntry" ? "CaseEntry" : "CaseFinding"}" x
    WHERE x."caseId" = t.id AND x.position = ${c.position} AND x."${c.field}" = ${text(c.after)})`;
    default: {
      const [table, type] = TABLE[c.record];
      if (type === null) return null;
      return `SELECT '${type}', t.id FROM "${table}" t WHERE t.slug = ${slug}
    AND t."${c.field}" IS DISTINCT FROM ${value(c.field, c.after)}`;
    }
  }
}

export function correctionRevisionsSql(): string {
  const edited = corrections
    .map(notAsCorrected)
    .filter((s) => s !== null)
    .join("\n  UNION ");
  const note = text(CORRECTION_NOTE);
  const perKind = Object.entries(KINDS)
    .map(([type, { table, status }]) => {
      const form = FORMS[type as keyof typeof FORMS];
      const records = `SELECT id FROM corrected_record WHERE entity_type = '${type}'`;
      return `UPDATE "${table}" SET version = version + 1 WHERE id IN (${records});
INSERT INTO "Revision" (id, "entityType", "entityId", version, action, snapshot, note, "createdAt")
  SELECT 'r' || substr(md5(t.id || ':' || t.version || ':issue 21 correction'), 1, 24), '${type}',
    t.id, t.version,
    CASE WHEN t."deletedAt" IS NOT NULL THEN 'trash' WHEN t."${status}" = 'PUBLISHED' THEN 'publish'
      ELSE 'update' END,
    ${form} || jsonb_build_object('workflowStatus', t."${status}",
      'publishAt', to_char(t."publishAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'inTrash', t."deletedAt" IS NOT NULL),
    ${note}, k.corrected_at
  FROM "${table}" t JOIN corrected_record k ON k.id = t.id AND k.entity_type = '${type}';`;
    })
    .join("\n");
  return `${DATA_MIGRATION_HEADER}
-- Issue 21, item 5: each record the corrections migration (*_seed_corrected_against_the_document)
-- changed gets one revision noted
-- "${CORRECTION_NOTE}",
-- so the correction is a version in its history. Generated from packages/db/src/seed/data/corrections.ts by
-- packages/db/src/seed/correction-revisions-sql.ts. The records are those that migration wrote an
-- audit line for; a record is left alone where an editor has changed it since (a revision after
-- the correction, or a corrected value no longer stored) or it has such a revision already. The
-- revision is the record's form now, dated at the correction and written as a publication where
-- the record is public (the public history lists publications), as a move to the trash where it is
-- in the trash; the version goes up by one so that the next save does not collide with it. The
-- audit lines and the changes feed were written by the corrections migration.
CREATE TEMPORARY TABLE corrected_record AS
  SELECT "entityType"::text AS entity_type, "entityId" AS id, "createdAt" AS corrected_at
  FROM "AuditLog"
  WHERE action = 'seed.correct' AND "actorLabel" = 'system' AND "entityId" IS NOT NULL
    AND id = 'c' || substr(md5("entityType"::text || "entityId" || 'issue 21'), 1, 24);

DELETE FROM corrected_record k USING (
  ${edited}
) AS edited(entity_type, id)
WHERE edited.entity_type = k.entity_type AND edited.id = k.id;
DELETE FROM corrected_record k WHERE EXISTS (
  SELECT 1 FROM "Revision" r WHERE r."entityType"::text = k.entity_type AND r."entityId" = k.id
    AND (r."createdAt" > k.corrected_at OR r.note = ${note}));

${perKind}

DROP TABLE corrected_record;
`;
}
