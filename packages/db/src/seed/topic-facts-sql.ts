// The data migration `*_seed_topic_facts_from_the_document`, written from data/facts.ts so the two
// cannot drift (topic-facts-sql.test.ts holds the migration's SQL to this). On a database seeded
// before the facts existed it adds each topic's facts with their citations, as the seed writes them
// (same ids), and gives each topic it changes a revision with the correction note, a new version, an
// audit line and, if public, an entry in the changes feed. Run again, it adds nothing.
import { topicFacts } from "./data";
import { CORRECTION_NOTE } from "./corrections-sql";
import { topicFactId } from "./topic-fact-id";
import { DATA_MIGRATION_HEADER } from "../migrate";

const text = (value: string | undefined | null) =>
  value === undefined || value === null ? "NULL" : `'${value.replace(/'/g, "''")}'`;

/** Each fact with its id and position, as the seed numbers them. */
function numbered() {
  const positions = new Map<string, number>();
  return topicFacts.map((f) => {
    const position = positions.get(f.topic) ?? 0;
    positions.set(f.topic, position + 1);
    return { ...f, position, id: topicFactId(f.topic, position) };
  });
}

/** A topic's citations in the admin form's shape, for its revision's snapshot. */
const citationsJson = (where: string) => `coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position) FROM "Citation" c WHERE ${where}), '[]'::jsonb)`;

/** A topic's facts in the admin form's shape. */
const factsJson = `coalesce((SELECT jsonb_agg(jsonb_build_object(
               'kind', f.kind, 'label', f.label, 'value', f.value, 'qualifier', f.qualifier,
               'unit', f.unit, 'asOf', f."asOf",
               'citations', ${citationsJson('c."topicFactId" = f.id')})
             ORDER BY f.position) FROM "TopicFact" f WHERE f."topicId" = t.id), '[]'::jsonb)`;

export function topicFactsSql(): string {
  const facts = numbered();
  const factRows = facts
    .map(
      (f) =>
        `(${text(f.id)}, ${text(f.topic)}, ${text(f.kind)}, ${text(f.label)}, ${f.value ?? "NULL"}::double precision, ${text(f.qualifier)}, ${text(f.unit)}, ${text(f.asOf)}, ${f.position}, ARRAY[${[...new Set(f.citations.map((c) => text(c.source)))].join(", ")}])`,
    )
    .join(",\n  ");
  const citationRows = facts
    .flatMap((f) =>
      f.citations.map(
        (c, position) =>
          `(${text(f.id)}, ${text(c.source)}, ${text(c.locator)}, ${text(c.quote)}, ${text(c.attributedTo)}, ${position})`,
      ),
    )
    .join(",\n  ");
  return `${DATA_MIGRATION_HEADER}
-- Issue 21, items 3 and 5: the figures, undated statements and named instruments the document gives
-- only in prose, as cited facts of their topics. Generated from packages/db/src/seed/data/facts.ts by
-- packages/db/src/seed/topic-facts-sql.ts. A fact is added only where its topic and every source it
-- cites are there and it is not there already; each topic that gets one gets a revision noted
-- "${CORRECTION_NOTE}" (its whole form, facts included), a new version, an audit line, and an
-- entry in the changes feed if public.
CREATE TEMPORARY TABLE fact_data (id text PRIMARY KEY, topic text, kind text, label text,
  value double precision, qualifier text, unit text, as_of text, position int, sources text[]);
INSERT INTO fact_data VALUES
  ${factRows};

CREATE TEMPORARY TABLE fact_citation_data (fact text, source text, locator text, quote text,
  attributed_to text, position int);
INSERT INTO fact_citation_data VALUES
  ${citationRows};

CREATE TEMPORARY TABLE added_fact (id text PRIMARY KEY, "topicId" text NOT NULL);
WITH added AS (
  INSERT INTO "TopicFact" (id, "topicId", kind, label, value, qualifier, unit, "asOf", position)
  SELECT d.id, t.id, d.kind::"TopicFactKind", d.label, d.value, d.qualifier, d.unit, d.as_of, d.position
  FROM fact_data d JOIN "Topic" t ON t."slug" = d.topic
  WHERE (SELECT count(*) FROM "Source" s WHERE s."slug" = ANY (d.sources)) = cardinality(d.sources)
  ON CONFLICT (id) DO NOTHING
  RETURNING id, "topicId"
) INSERT INTO added_fact SELECT id, "topicId" FROM added;

INSERT INTO "Citation" (id, "sourceId", "topicFactId", locator, quote, "attributedTo", position)
  SELECT 'c' || substr(md5(d.fact || ':' || d.position), 1, 24), s.id, d.fact, d.locator, d.quote,
         d.attributed_to, d.position
  FROM fact_citation_data d JOIN added_fact a ON a.id = d.fact JOIN "Source" s ON s."slug" = d.source;

CREATE TEMPORARY TABLE changed_topic AS SELECT DISTINCT "topicId" AS id FROM added_fact;

-- An editor's pending working copy, saved before facts existed, gets them too: publishing it must
-- not drop them.
UPDATE "Topic" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{facts}', ${factsJson})
  WHERE t.id IN (SELECT id FROM changed_topic) AND jsonb_typeof(t."pendingChanges") = 'object'
    AND NOT (t."pendingChanges" ? 'facts');

-- Bookkeeping for each topic that got facts: a new version and its revision, as an editor's save
-- would write them (the snapshot is the published form, facts included).
UPDATE "Topic" SET version = version + 1, "updatedAt" = CURRENT_TIMESTAMP
  WHERE id IN (SELECT id FROM changed_topic);
INSERT INTO "Revision" (id, "entityType", "entityId", version, action, snapshot, note)
  SELECT 'r' || substr(md5(t.id || ':' || t.version || ':issue 21 facts'), 1, 24), 'TOPIC', t.id,
         t.version, 'update',
         jsonb_build_object(
           'name', t.name, 'slug', t."slug", 'overview', t.overview, 'position', t.position,
           'citations', ${citationsJson('c."topicId" = t.id')},
           'facts', ${factsJson},
           'workflowStatus', t.status, 'publishAt', to_jsonb(t."publishAt"),
           'inTrash', t."deletedAt" IS NOT NULL),
         ${text(CORRECTION_NOTE)}
  FROM "Topic" t WHERE t.id IN (SELECT id FROM changed_topic)
  ON CONFLICT DO NOTHING;
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT 'TOPIC', t.id, t."slug", 'UPDATED' FROM "Topic" t
  WHERE t.id IN (SELECT id FROM changed_topic) AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL;
INSERT INTO "AuditLog" (id, "actorLabel", action, "entityType", "entityId", details)
  SELECT 'c' || substr(md5('TOPIC' || id || 'issue 21 facts'), 1, 24), 'system', 'seed.correct',
         'TOPIC', id, jsonb_build_object('note', ${text(CORRECTION_NOTE)}, 'issue', 21)
  FROM changed_topic;

DROP TABLE fact_data, fact_citation_data, added_fact, changed_topic;
`;
}
