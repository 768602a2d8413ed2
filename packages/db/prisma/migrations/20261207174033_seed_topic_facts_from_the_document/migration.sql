-- A data migration: the schema is unchanged. The statements below run once on every database,
-- in order with the other migrations; write them so that they change only what they mean to.

-- Issue 21, items 3 and 5: the figures, undated statements and named instruments the document gives
-- only in prose, as cited facts of their topics. Generated from packages/db/src/seed/data/facts.ts by
-- packages/db/src/seed/topic-facts-sql.ts. A fact is added only where its topic and every source it
-- cites are there and it is not there already; each topic that gets one gets a revision noted
-- "Corrected against the source document." (its whole form, facts included), a new version, an audit line, and an
-- entry in the changes feed if public.
CREATE TEMPORARY TABLE fact_data (id text PRIMARY KEY, topic text, kind text, label text,
  value double precision, qualifier text, unit text, as_of text, position int, sources text[]);
INSERT INTO fact_data VALUES
  ('f3a3786cde6293ba2d2d353a1', 'overview', 'INSTRUMENT', 'Second Optional Protocol to the International Covenant on Civil and Political Rights', NULL::double precision, NULL, NULL, '2020-09', 0, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f3dcd5d029f979d6795319749', 'overview', 'PROGRAMME', 'European Programme for Human Rights for Legal Professionals (HELP)', NULL::double precision, NULL, NULL, NULL, 1, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f3970d4a6f20f1fb0413d8360', 'overview', 'STATEMENT', 'UNHCR on Kazakhstan''s work on the refugee crisis', NULL::double precision, NULL, NULL, NULL, 2, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f93541da18781874ba976c460', 'overview', 'STATEMENT', 'The United Nations in Kazakhstan: the Government of Kazakhstan supported the UN''s Partnership Framework for Development', NULL::double precision, NULL, NULL, NULL, 3, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f10fed05ce9babac2151e3754', 'overview', 'INSTRUMENT', 'UN''s Partnership Framework for Development', NULL::double precision, NULL, NULL, NULL, 4, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('fc4241d63bb2f58f5809b581b', 'religious-freedom', 'FIGURE', 'Religious organizations in Kazakhstan', 3400::double precision, 'over', 'religious organizations', '2014', 0, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f864653078935780694c3a29d', 'human-rights-dialogue', 'INSTRUMENT', 'National Preventive Mechanism', NULL::double precision, NULL, NULL, NULL, 0, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f2a31da46cc5183170910551a', 'human-rights-dialogue', 'PROGRAMME', 'Joint training programs on human rights of the OSCE and the Kazakhstan International Bureau for Human Rights and Rule of Law', NULL::double precision, NULL, NULL, NULL, 1, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f256b6d1794f5d7dbc4ff0151', 'ethnic-diversity', 'FIGURE', 'Centres of the Assembly of People of Kazakhstan where children and adults can study languages', 200::double precision, 'nearly', 'centres', NULL, 0, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f227b3f99de691a38ca563c1f', 'ethnic-diversity', 'FIGURE', 'Languages children and adults can study at the centres the Assembly of People of Kazakhstan supports', 30::double precision, NULL, 'different languages', NULL, 1, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('fdb1aa5a2d8cd45d5090ec585', 'ethnic-diversity', 'FIGURE', 'Kazakhstan''s population that is ethnically Kazakh', 70::double precision, NULL, '%', NULL, 2, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f48f4e7f732e9822bc1adedc0', 'ethnic-diversity', 'FIGURE', 'Kazakhstan''s population that is Russian', 16::double precision, NULL, '%', NULL, 3, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f5b8793686f9a6bc222522a6d', 'ethnic-diversity', 'FIGURE', 'Kazakhstan''s population that comprises Uzbeks, Ukrainians, Uyghurs, Germans, and Tatars', 9::double precision, NULL, '%', NULL, 4, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f7f9ec670faada425c3c84509', 'ethnic-diversity', 'FIGURE', 'Ethnic groups whose representatives live in Kazakhstan', 125::double precision, 'about', 'ethnic groups', NULL, 5, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('fb19f2f472d372a9a12eb546c', 'ethnic-diversity', 'FIGURE', 'Ethnic and cultural associations operating under the auspices of the Assembly of People of Kazakhstan', 818::double precision, 'some', 'ethnic and cultural associations', NULL, 6, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f5a51e0ae141860192a61d627', 'childrens-rights', 'STATEMENT', 'Statement of Intentions on Cooperation', NULL::double precision, NULL, NULL, NULL, 0, ARRAY['statement-of-intentions-on-cooperation-childrens-rights']),
  ('fd6f6381913044c63b134b8fa', 'childrens-rights', 'FIGURE', 'Laws and other normative acts adopted to protect children''s rights', 90::double precision, 'over', 'laws and other normative acts', NULL, 1, ARRAY['wikipedia-human-rights-in-kazakhstan']),
  ('f543388e8bc4d8d673d5cc9c4', 'childrens-rights', 'INSTRUMENT', 'United Nations Convention on the Rights of the Child', NULL::double precision, NULL, NULL, NULL, 2, ARRAY['wikipedia-human-rights-in-kazakhstan']);

CREATE TEMPORARY TABLE fact_citation_data (fact text, source text, locator text, quote text,
  attributed_to text, position int);
INSERT INTO fact_citation_data VALUES
  ('f3a3786cde6293ba2d2d353a1', 'wikipedia-human-rights-in-kazakhstan', 'Introduction', 'In September 2020, Kazakhstan signed the Second Optional Protocol to the International Covenant on Civil and Political Rights, committing it to abolish the death penalty.', NULL, 0),
  ('f3dcd5d029f979d6795319749', 'wikipedia-human-rights-in-kazakhstan', 'Introduction', 'including through the European Programme for Human Rights for Legal Professionals (HELP), a training programme for Kazakh legal professionals.', NULL, 0),
  ('f3970d4a6f20f1fb0413d8360', 'wikipedia-human-rights-in-kazakhstan', 'Introduction', 'highlight the country''s leadership in fostering interethnic consent.', 'The top representative in Central Asia of the United Nations Refugee Agency, UNHCR', 0),
  ('f93541da18781874ba976c460', 'wikipedia-human-rights-in-kazakhstan', 'Introduction', 'The United Nations in Kazakhstan affirmed that the Government of Kazakhstan supported the UN''s Partnership Framework for Development for the country and its recommendations, as well as implemented the UN''s human rights mechanisms.', 'The United Nations in Kazakhstan', 0),
  ('f10fed05ce9babac2151e3754', 'wikipedia-human-rights-in-kazakhstan', 'Introduction', 'The United Nations in Kazakhstan affirmed that the Government of Kazakhstan supported the UN''s Partnership Framework for Development for the country and its recommendations, as well as implemented the UN''s human rights mechanisms.', 'The United Nations in Kazakhstan', 0),
  ('fc4241d63bb2f58f5809b581b', 'wikipedia-human-rights-in-kazakhstan', 'Religious freedom', 'As of 2014, there were over 3400 religious organizations in Kazakhstan.', NULL, 0),
  ('f864653078935780694c3a29d', 'wikipedia-human-rights-in-kazakhstan', 'Human rights dialogue', 'The EU welcomed Kazakhstan''s development of a functioning National Preventive Mechanism for the monitoring of places of detention', 'The EU', 0),
  ('f2a31da46cc5183170910551a', 'wikipedia-human-rights-in-kazakhstan', 'Human rights dialogue', 'OSCE and the Kazakhstan International Bureau for Human Rights and Rule of Law conduct joint training programs on human rights.', NULL, 0),
  ('f256b6d1794f5d7dbc4ff0151', 'wikipedia-human-rights-in-kazakhstan', 'Ethnic diversity', 'The Assembly of People of Kazakhstan supports nearly 200 centres where children and adults can study 30 different languages.', NULL, 0),
  ('f227b3f99de691a38ca563c1f', 'wikipedia-human-rights-in-kazakhstan', 'Ethnic diversity', 'The Assembly of People of Kazakhstan supports nearly 200 centres where children and adults can study 30 different languages.', NULL, 0),
  ('fdb1aa5a2d8cd45d5090ec585', 'wikipedia-human-rights-in-kazakhstan', 'Ethnic diversity', '70% of Kazakhstan''s population is ethnically Kazakh, 16% is Russian, while 9% comprises Uzbeks, Ukrainians, Uyghurs, Germans, and Tatars.', NULL, 0),
  ('f48f4e7f732e9822bc1adedc0', 'wikipedia-human-rights-in-kazakhstan', 'Ethnic diversity', '70% of Kazakhstan''s population is ethnically Kazakh, 16% is Russian, while 9% comprises Uzbeks, Ukrainians, Uyghurs, Germans, and Tatars.', NULL, 0),
  ('f5b8793686f9a6bc222522a6d', 'wikipedia-human-rights-in-kazakhstan', 'Ethnic diversity', '70% of Kazakhstan''s population is ethnically Kazakh, 16% is Russian, while 9% comprises Uzbeks, Ukrainians, Uyghurs, Germans, and Tatars.', NULL, 0),
  ('f7f9ec670faada425c3c84509', 'wikipedia-human-rights-in-kazakhstan', 'Ethnic diversity', 'Representatives of about 125 ethnic groups live in Kazakhstan and some 818 ethnic and cultural associations operate under the auspices of the Assembly of People of Kazakhstan.', NULL, 0),
  ('fb19f2f472d372a9a12eb546c', 'wikipedia-human-rights-in-kazakhstan', 'Ethnic diversity', 'Representatives of about 125 ethnic groups live in Kazakhstan and some 818 ethnic and cultural associations operate under the auspices of the Assembly of People of Kazakhstan.', NULL, 0),
  ('f5a51e0ae141860192a61d627', 'statement-of-intentions-on-cooperation-childrens-rights', 'Children''s rights', 'Kazakhstan''s Human Rights Commissioner for Children''s Rights and UNICEF Representative for Kazakhstan adopted a Statement of Intentions on Cooperation.', 'Kazakhstan''s Human Rights Commissioner for Children''s Rights and UNICEF Representative for Kazakhstan', 0),
  ('fd6f6381913044c63b134b8fa', 'wikipedia-human-rights-in-kazakhstan', 'Children''s rights', 'Kazakhstan adopted over 90 laws and other normative acts aimed at protecting children''s rights.', NULL, 0),
  ('f543388e8bc4d8d673d5cc9c4', 'wikipedia-human-rights-in-kazakhstan', 'Children''s rights', 'Kazakhstan is a party to the United Nations Convention on the Rights of the Child.', NULL, 0);

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
UPDATE "Topic" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{facts}', coalesce((SELECT jsonb_agg(jsonb_build_object(
               'kind', f.kind, 'label', f.label, 'value', f.value, 'qualifier', f.qualifier,
               'unit', f.unit, 'asOf', f."asOf",
               'citations', coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position) FROM "Citation" c WHERE c."topicFactId" = f.id), '[]'::jsonb))
             ORDER BY f.position) FROM "TopicFact" f WHERE f."topicId" = t.id), '[]'::jsonb))
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
           'citations', coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position) FROM "Citation" c WHERE c."topicId" = t.id), '[]'::jsonb),
           'facts', coalesce((SELECT jsonb_agg(jsonb_build_object(
               'kind', f.kind, 'label', f.label, 'value', f.value, 'qualifier', f.qualifier,
               'unit', f.unit, 'asOf', f."asOf",
               'citations', coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position) FROM "Citation" c WHERE c."topicFactId" = f.id), '[]'::jsonb))
             ORDER BY f.position) FROM "TopicFact" f WHERE f."topicId" = t.id), '[]'::jsonb),
           'workflowStatus', t.status, 'publishAt', to_jsonb(t."publishAt"),
           'inTrash', t."deletedAt" IS NOT NULL),
         'Corrected against the source document.'
  FROM "Topic" t WHERE t.id IN (SELECT id FROM changed_topic)
  ON CONFLICT DO NOTHING;
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT 'TOPIC', t.id, t."slug", 'UPDATED' FROM "Topic" t
  WHERE t.id IN (SELECT id FROM changed_topic) AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL;
INSERT INTO "AuditLog" (id, "actorLabel", action, "entityType", "entityId", details)
  SELECT 'c' || substr(md5('TOPIC' || id || 'issue 21 facts'), 1, 24), 'system', 'seed.correct',
         'TOPIC', id, jsonb_build_object('note', 'Corrected against the source document.', 'issue', 21)
  FROM changed_topic;

DROP TABLE fact_data, fact_citation_data, added_fact, changed_topic;
