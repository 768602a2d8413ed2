-- A data migration: the schema is unchanged. The statements below run once on every database,
-- in order with the other migrations; write them so that they change only what they mean to.

-- Issue 21, item 5: each record the corrections migration (*_seed_corrected_against_the_document)
-- changed gets one revision noted
-- "Corrected against the source document.",
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
  SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2014-universal-periodic-review-of-kazakhstan'
    AND t."summary" IS DISTINCT FROM 'During the 2014 Universal Periodic Review, national representatives commended Kazakhstan''s establishment of a mechanism to prevent torture and of a national human rights institution, but shared concerns about legal restrictions on freedom.'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2014-universal-periodic-review-of-kazakhstan' AND EXISTS (SELECT 1 FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId"
    WHERE x."eventId" = t.id AND a.slug = 'united-nations-human-rights-council' AND x.role = 'conducted the review')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2014-newspapers-closed-protesters-and-worshipers-fined-or-detained'
    AND t."title" IS DISTINCT FROM 'Human Rights Watch: newspapers closed, protesters jailed or fined, worshipers fined or detained'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2014-newspapers-closed-protesters-and-worshipers-fined-or-detained' AND NOT EXISTS (SELECT 1 FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId"
    WHERE x."eventId" = t.id AND a.slug = 'government-of-kazakhstan' AND x.role = 'according to Human Rights Watch, closed newspapers, jailed or fined dozens of people after protests, and fined or detained worshipers')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2014-newspapers-closed-protesters-and-worshipers-fined-or-detained' AND NOT EXISTS (SELECT 1 FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId"
    WHERE x."eventId" = t.id AND a.slug = 'vladimir-kozlov' AND x.role = 'according to Human Rights Watch, remained in detention after unfair trials')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2019-council-of-europe-help-programme'
    AND t."summary" IS DISTINCT FROM 'Since 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the HELP training programme, which is running through 2022.'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2019-council-of-europe-help-programme'
    AND t."endDate" IS DISTINCT FROM NULL::date
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2020-kazakhstan-signs-second-optional-protocol-to-the-iccpr'
    AND t."title" IS DISTINCT FROM 'Second Optional Protocol to the International Covenant on Civil and Political Rights signed'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2005-political-expression-restricted-before-presidential-elections'
    AND t."title" IS DISTINCT FROM 'Observers report political expression restricted ahead of the presidential elections'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2005-political-expression-restricted-before-presidential-elections' AND NOT EXISTS (SELECT 1 FROM "EventPlace" x JOIN "Place" p ON p.id = x."placeId"
    WHERE x."eventId" = t.id AND p.slug = 'georgia')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2005-political-expression-restricted-before-presidential-elections' AND NOT EXISTS (SELECT 1 FROM "EventPlace" x JOIN "Place" p ON p.id = x."placeId"
    WHERE x."eventId" = t.id AND p.slug = 'ukraine')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2005-political-expression-restricted-before-presidential-elections' AND NOT EXISTS (SELECT 1 FROM "EventPlace" x JOIN "Place" p ON p.id = x."placeId"
    WHERE x."eventId" = t.id AND p.slug = 'kyrgyzstan')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2005-political-expression-restricted-before-presidential-elections' AND NOT EXISTS (SELECT 1 FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId"
    WHERE x."eventId" = t.id AND a.slug = 'government-of-kazakhstan' AND x.role = 'reportedly attempted to restrict freedom of speech and shut down independent media and civil society groups')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2005-presidential-elections'
    AND t."body" IS DISTINCT FROM 'Some outsider observers, including HRW, have noted increasing anxiety in the Kazakh government after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan. Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government''s attempt to prevent such transformation from occurring in Kazakhstan.'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2005-presidential-elections' AND NOT EXISTS (SELECT 1 FROM "EventPlace" x JOIN "Place" p ON p.id = x."placeId"
    WHERE x."eventId" = t.id AND p.slug = 'georgia')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2005-presidential-elections' AND NOT EXISTS (SELECT 1 FROM "EventPlace" x JOIN "Place" p ON p.id = x."placeId"
    WHERE x."eventId" = t.id AND p.slug = 'ukraine')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2005-presidential-elections' AND NOT EXISTS (SELECT 1 FROM "EventPlace" x JOIN "Place" p ON p.id = x."placeId"
    WHERE x."eventId" = t.id AND p.slug = 'kyrgyzstan')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2005-presidential-elections' AND NOT EXISTS (SELECT 1 FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId"
    WHERE x."eventId" = t.id AND a.slug = 'human-rights-watch' AND x.role = 'noted increasing anxiety in the Kazakh government')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2011-religion-law'
    AND t."summary" IS DISTINCT FROM 'The document refers to the 2011 religion law, to which a UN special rapporteur on freedom of religion recommended "far-reaching reforms"; it does not date the recommendation.'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2011-religion-law' AND NOT EXISTS (SELECT 1 FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId"
    WHERE x."eventId" = t.id AND a.slug = 'un-special-rapporteur-on-freedom-of-religion' AND x.role = 'recommended "far-reaching reforms" to the law (undated)')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2014-minority-religious-groups-fined-and-detained'
    AND t."title" IS DISTINCT FROM 'Human Rights Watch: minority religious groups fined and detained in 2014'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2006-hare-krishna-evictions'
    AND t."title" IS DISTINCT FROM 'Hare Krishna followers evicted from thirteen homes'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2006-hare-krishna-evictions' AND NOT EXISTS (SELECT 1 FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId"
    WHERE x."eventId" = t.id AND a.slug = 'government-of-kazakhstan' AND x.role = 'Kazakh officials claimed the evictions were legitimate')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2011-zhanaozen-oil-worker-strikes'
    AND t."summary" IS DISTINCT FROM 'On 16 December 2011, protesters consisting primarily of oil workers clashed with police in Zhanaozen, due to the former''s demands of better work conditions and higher pay; according to official sources 15 people were found dead.'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2011-zhanaozen-oil-worker-strikes' AND NOT EXISTS (SELECT 1 FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId"
    WHERE x."eventId" = t.id AND a.slug = 'government-of-kazakhstan' AND x.role = 'according to government officials, police were forced to defend themselves')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2016-land-reform-protests'
    AND t."summary" IS DISTINCT FROM 'Land-reform protests in April and May 2016, in relation to changes in the law in relation to land ownership; two hundred activists and protestors were arrested.'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2019-nazarbayev-dismisses-the-government'
    AND t."summary" IS DISTINCT FROM 'In 2019, Nursultan Nazarbayev dismissed the government.'
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2019-protests-after-the-snap-presidential-elections' AND EXISTS (SELECT 1 FROM "EventPlace" x JOIN "Place" p ON p.id = x."placeId"
    WHERE x."eventId" = t.id AND p.slug = 'astana')
  UNION SELECT 'EVENT', t.id FROM "Event" t WHERE t.slug = '2019-first-meeting-of-the-national-council-of-public-trust'
    AND t."summary" IS DISTINCT FROM 'The National Council of Public Trust convened its first meeting on 6 September 2019, focused on decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.'
  UNION SELECT 'ACTOR', t.id FROM "Actor" t WHERE t.slug = 'yogan-merkel'
    AND t."description" IS DISTINCT FROM 'First Deputy Prosecutor General; led the Kazakh delegation at the sixth EU-Kazakhstan Human Rights Dialogue.'
  UNION SELECT 'PLACE', t.id FROM "Place" t WHERE t.slug = 'astana'
    AND t."otherNames" IS DISTINCT FROM ARRAY[]::text[]
  UNION SELECT 'CASE', t.id FROM "Case" t WHERE t.slug = 'vladimir-kozlov-detention'
    AND t."title" IS DISTINCT FROM 'Vladimir Kozlov: in detention after unfair trials, according to Human Rights Watch'
  UNION SELECT 'CASE', t.id FROM "Case" t WHERE t.slug = 'whatsapp-group-members-imprisoned'
    AND t."title" IS DISTINCT FROM 'Five members of a WhatsApp group chat for discussing Islam remain imprisoned'
  UNION SELECT 'CASE', t.id FROM "Case" t WHERE t.slug = 'whatsapp-group-members-imprisoned'
    AND t."summary" IS DISTINCT FROM 'Five of the nine men arrested in 2018, members of a WhatsApp group chat for discussing Islam, remain imprisoned, although the Working Group on Arbitrary Detention determined the arrest to be in violation of international law.'
  UNION SELECT 'CASE', t.id FROM "Case" t WHERE t.slug = 'whatsapp-group-members-imprisoned' AND NOT EXISTS (
    SELECT 1 FROM "CaseEntry" x
    WHERE x."caseId" = t.id AND x.position = 1 AND x."note" = 'The document says the five “remain imprisoned”; it gives no date for this, so the entry is dated by the arrest it follows.')
  UNION SELECT 'CASE', t.id FROM "Case" t WHERE t.slug = 'whatsapp-group-members-imprisoned' AND NOT EXISTS (
    SELECT 1 FROM "CaseFinding" x
    WHERE x."caseId" = t.id AND x.position = 0 AND x."body" = 'Working Group on Arbitrary Detention')
  UNION SELECT 'CASE', t.id FROM "Case" t WHERE t.slug = 'whatsapp-group-four-other-members'
    AND t."title" IS DISTINCT FROM 'Four other members of the WhatsApp group: no longer imprisoned, still restricted'
  UNION SELECT 'CASE', t.id FROM "Case" t WHERE t.slug = 'whatsapp-group-four-other-members'
    AND t."summary" IS DISTINCT FROM 'Four of the nine men arrested in 2018, members of a WhatsApp group chat for discussing Islam, are no longer imprisoned but still face restrictions. The document does not name them.'
  UNION SELECT 'CASE', t.id FROM "Case" t WHERE t.slug = 'whatsapp-group-four-other-members' AND NOT EXISTS (
    SELECT 1 FROM "CaseFinding" x
    WHERE x."caseId" = t.id AND x.position = 0 AND x."body" = 'Working Group on Arbitrary Detention')
  UNION SELECT 'SOURCE', t.id FROM "Source" t WHERE t.slug = 'un-special-rapporteur-on-freedom-of-religion-findings'
    AND t."kind" IS DISTINCT FROM 'OTHER'::"SourceKind"
  UNION SELECT 'SOURCE', t.id FROM "Source" t WHERE t.slug = 'eu-statement-human-rights-dialogue-2020'
    AND t."title" IS DISTINCT FROM 'EU and Kazakhstan hold annual Human Rights Dialogue and Subcommittee on Justice and Home Affairs'
  UNION SELECT 'SOURCE', t.id FROM "Source" t WHERE t.slug = 'eu-statement-human-rights-dialogue-2020'
    AND t."publisher" IS DISTINCT FROM 'European External Action Service'
  UNION SELECT 'SOURCE', t.id FROM "Source" t WHERE t.slug = 'eu-statement-human-rights-dialogue-2020'
    AND t."notes" IS DISTINCT FROM 'Not named by the source document, which quotes "the EU" on the 12th dialogue; a press release verified in docs/sources.md to contain the quoted words.'
  UNION SELECT 'SOURCE', t.id FROM "Source" t WHERE t.slug = 'rule-of-law-index'
    AND t."kind" IS DISTINCT FROM 'OTHER'::"SourceKind"
  UNION SELECT 'SOURCE', t.id FROM "Source" t WHERE t.slug = 'kazakhstan-2050-strategy'
    AND t."publisher" IS DISTINCT FROM 'Not named in the source document'
  UNION SELECT 'SOURCE', t.id FROM "Source" t WHERE t.slug = 'presidential-decree-commissioner-for-human-rights-2002'
    AND t."notes" IS DISTINCT FROM 'The source document does not give this source''s title; the title here describes it. The document says the institution was established on September 19, 2002 by the President''s Decree; it does not give the decree''s own date.'
  UNION SELECT 'SOURCE', t.id FROM "Source" t WHERE t.slug = 'presidential-decree-commissioner-for-human-rights-2002'
    AND t."publishedDate" IS DISTINCT FROM NULL::date
) AS edited(entity_type, id)
WHERE edited.entity_type = k.entity_type AND edited.id = k.id;
DELETE FROM corrected_record k WHERE EXISTS (
  SELECT 1 FROM "Revision" r WHERE r."entityType"::text = k.entity_type AND r."entityId" = k.id
    AND (r."createdAt" > k.corrected_at OR r.note = 'Corrected against the source document.'));

UPDATE "Event" SET version = version + 1 WHERE id IN (SELECT id FROM corrected_record WHERE entity_type = 'EVENT');
INSERT INTO "Revision" (id, "entityType", "entityId", version, action, snapshot, note, "createdAt")
  SELECT 'r' || substr(md5(t.id || ':' || t.version || ':issue 21 correction'), 1, 24), 'EVENT',
    t.id, t.version,
    CASE WHEN t."deletedAt" IS NOT NULL THEN 'trash' WHEN t."status" = 'PUBLISHED' THEN 'publish'
      ELSE 'update' END,
    jsonb_build_object('title', t.title, 'slug', t.slug, 'summary', t.summary, 'body', t.body,
      'startDate', to_char(t."startDate", 'YYYY-MM-DD'), 'endDate', to_char(t."endDate", 'YYYY-MM-DD'),
      'datePrecision', lower(t."datePrecision"::text),
      'topicIds', coalesce((SELECT jsonb_agg(x."topicId" ORDER BY x."position") FROM "EventTopic" x WHERE x."eventId" = t.id), '[]'::jsonb),
      'placeIds', coalesce((SELECT jsonb_agg(x."placeId" ORDER BY x."placeId") FROM "EventPlace" x WHERE x."eventId" = t.id), '[]'::jsonb),
      'actors', coalesce((SELECT jsonb_agg(jsonb_build_object('actorId', x."actorId", 'role', x.role)
        ORDER BY x."actorId", x.role) FROM "EventActor" x WHERE x."eventId" = t.id), '[]'::jsonb),
      'citations', coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position, c.id) FROM "Citation" c WHERE c."eventId" = t.id), '[]'::jsonb)) || jsonb_build_object('workflowStatus', t."status",
      'publishAt', to_char(t."publishAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'inTrash', t."deletedAt" IS NOT NULL),
    'Corrected against the source document.', k.corrected_at
  FROM "Event" t JOIN corrected_record k ON k.id = t.id AND k.entity_type = 'EVENT';
UPDATE "Topic" SET version = version + 1 WHERE id IN (SELECT id FROM corrected_record WHERE entity_type = 'TOPIC');
INSERT INTO "Revision" (id, "entityType", "entityId", version, action, snapshot, note, "createdAt")
  SELECT 'r' || substr(md5(t.id || ':' || t.version || ':issue 21 correction'), 1, 24), 'TOPIC',
    t.id, t.version,
    CASE WHEN t."deletedAt" IS NOT NULL THEN 'trash' WHEN t."status" = 'PUBLISHED' THEN 'publish'
      ELSE 'update' END,
    jsonb_build_object('name', t.name, 'slug', t.slug, 'overview', t.overview, 'position', t.position,
      'citations', coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position, c.id) FROM "Citation" c WHERE c."topicId" = t.id), '[]'::jsonb),
      'facts', coalesce((SELECT jsonb_agg(jsonb_build_object('kind', f.kind, 'label', f.label,
        'value', f.value, 'qualifier', f.qualifier, 'unit', f.unit, 'asOf', f."asOf",
        'citations', coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position, c.id) FROM "Citation" c WHERE c."topicFactId" = f.id), '[]'::jsonb)) ORDER BY f.position)
        FROM "TopicFact" f WHERE f."topicId" = t.id), '[]'::jsonb)) || jsonb_build_object('workflowStatus', t."status",
      'publishAt', to_char(t."publishAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'inTrash', t."deletedAt" IS NOT NULL),
    'Corrected against the source document.', k.corrected_at
  FROM "Topic" t JOIN corrected_record k ON k.id = t.id AND k.entity_type = 'TOPIC';
UPDATE "Case" SET version = version + 1 WHERE id IN (SELECT id FROM corrected_record WHERE entity_type = 'CASE');
INSERT INTO "Revision" (id, "entityType", "entityId", version, action, snapshot, note, "createdAt")
  SELECT 'r' || substr(md5(t.id || ':' || t.version || ':issue 21 correction'), 1, 24), 'CASE',
    t.id, t.version,
    CASE WHEN t."deletedAt" IS NOT NULL THEN 'trash' WHEN t."status" = 'PUBLISHED' THEN 'publish'
      ELSE 'update' END,
    jsonb_build_object('title', t.title, 'slug', t.slug, 'kind', lower(t.kind::text),
      'summary', t.summary, 'actorIds', coalesce((SELECT jsonb_agg(x."actorId" ORDER BY x."position") FROM "CaseActor" x WHERE x."caseId" = t.id), '[]'::jsonb),
      'unnamedCount', t."unnamedCount", 'charges', t.charges, 'articles', to_jsonb(t.articles),
      'authority', t.authority, 'detentionPlace', t."detentionPlace",
      'entries', coalesce((SELECT jsonb_agg(jsonb_build_object('date', to_char(e.date, 'YYYY-MM-DD'),
        'datePrecision', lower(e."datePrecision"::text), 'status', lower(e.status::text),
        'term', e.term, 'note', e.note, 'citations', coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position, c.id) FROM "Citation" c WHERE c."caseEntryId" = e.id), '[]'::jsonb))
        ORDER BY e.position, e.id) FROM "CaseEntry" e WHERE e."caseId" = t.id), '[]'::jsonb),
      'findings', coalesce((SELECT jsonb_agg(jsonb_build_object('body', f.body, 'finding', f.finding,
        'date', to_char(f.date, 'YYYY-MM-DD'), 'datePrecision', lower(f."datePrecision"::text),
        'citations', coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position, c.id) FROM "Citation" c WHERE c."caseFindingId" = f.id), '[]'::jsonb))
        ORDER BY f.position, f.id) FROM "CaseFinding" f WHERE f."caseId" = t.id), '[]'::jsonb),
      'eventIds', coalesce((SELECT jsonb_agg(x."eventId" ORDER BY x."eventId") FROM "CaseEvent" x WHERE x."caseId" = t.id), '[]'::jsonb),
      'topicIds', coalesce((SELECT jsonb_agg(x."topicId" ORDER BY x."topicId") FROM "CaseTopic" x WHERE x."caseId" = t.id), '[]'::jsonb)) || jsonb_build_object('workflowStatus', t."status",
      'publishAt', to_char(t."publishAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'inTrash', t."deletedAt" IS NOT NULL),
    'Corrected against the source document.', k.corrected_at
  FROM "Case" t JOIN corrected_record k ON k.id = t.id AND k.entity_type = 'CASE';
UPDATE "Actor" SET version = version + 1 WHERE id IN (SELECT id FROM corrected_record WHERE entity_type = 'ACTOR');
INSERT INTO "Revision" (id, "entityType", "entityId", version, action, snapshot, note, "createdAt")
  SELECT 'r' || substr(md5(t.id || ':' || t.version || ':issue 21 correction'), 1, 24), 'ACTOR',
    t.id, t.version,
    CASE WHEN t."deletedAt" IS NOT NULL THEN 'trash' WHEN t."status" = 'PUBLISHED' THEN 'publish'
      ELSE 'update' END,
    jsonb_build_object('name', t.name, 'slug', t.slug, 'kind', lower(t.kind::text),
      'otherNames', to_jsonb(t."otherNames"), 'description', t.description,
      'isProtected', t."isProtected", 'pseudonym', t.pseudonym) || jsonb_build_object('workflowStatus', t."status",
      'publishAt', to_char(t."publishAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'inTrash', t."deletedAt" IS NOT NULL),
    'Corrected against the source document.', k.corrected_at
  FROM "Actor" t JOIN corrected_record k ON k.id = t.id AND k.entity_type = 'ACTOR';
UPDATE "Place" SET version = version + 1 WHERE id IN (SELECT id FROM corrected_record WHERE entity_type = 'PLACE');
INSERT INTO "Revision" (id, "entityType", "entityId", version, action, snapshot, note, "createdAt")
  SELECT 'r' || substr(md5(t.id || ':' || t.version || ':issue 21 correction'), 1, 24), 'PLACE',
    t.id, t.version,
    CASE WHEN t."deletedAt" IS NOT NULL THEN 'trash' WHEN t."status" = 'PUBLISHED' THEN 'publish'
      ELSE 'update' END,
    jsonb_build_object('name', t.name, 'slug', t.slug, 'otherNames', to_jsonb(t."otherNames"),
      'region', t.region, 'latitude', t.latitude, 'longitude', t.longitude) || jsonb_build_object('workflowStatus', t."status",
      'publishAt', to_char(t."publishAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'inTrash', t."deletedAt" IS NOT NULL),
    'Corrected against the source document.', k.corrected_at
  FROM "Place" t JOIN corrected_record k ON k.id = t.id AND k.entity_type = 'PLACE';
UPDATE "Source" SET version = version + 1 WHERE id IN (SELECT id FROM corrected_record WHERE entity_type = 'SOURCE');
INSERT INTO "Revision" (id, "entityType", "entityId", version, action, snapshot, note, "createdAt")
  SELECT 'r' || substr(md5(t.id || ':' || t.version || ':issue 21 correction'), 1, 24), 'SOURCE',
    t.id, t.version,
    CASE WHEN t."deletedAt" IS NOT NULL THEN 'trash' WHEN t."status" = 'PUBLISHED' THEN 'publish'
      ELSE 'update' END,
    jsonb_build_object('title', t.title, 'slug', t.slug, 'publisher', t.publisher,
      'kind', lower(t.kind::text), 'url', t.url, 'publishedDate', to_char(t."publishedDate", 'YYYY-MM-DD'),
      'accessedDate', to_char(t."accessedDate", 'YYYY-MM-DD'), 'notes', t.notes, 'archiveUrl', t."archiveUrl",
      'verifiedBy', t."verifiedBy", 'verifiedOn', to_char(t."verifiedOn", 'YYYY-MM-DD'),
      'verificationNote', t."verificationNote") || jsonb_build_object('workflowStatus', t."status",
      'publishAt', to_char(t."publishAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'inTrash', t."deletedAt" IS NOT NULL),
    'Corrected against the source document.', k.corrected_at
  FROM "Source" t JOIN corrected_record k ON k.id = t.id AND k.entity_type = 'SOURCE';
UPDATE "Rating" SET version = version + 1 WHERE id IN (SELECT id FROM corrected_record WHERE entity_type = 'RATING');
INSERT INTO "Revision" (id, "entityType", "entityId", version, action, snapshot, note, "createdAt")
  SELECT 'r' || substr(md5(t.id || ':' || t.version || ':issue 21 correction'), 1, 24), 'RATING',
    t.id, t.version,
    CASE WHEN t."deletedAt" IS NOT NULL THEN 'trash' WHEN t."workflowStatus" = 'PUBLISHED' THEN 'publish'
      ELSE 'update' END,
    jsonb_build_object('seriesId', t."seriesId", 'year', t.year,
      'politicalRights', t."politicalRights", 'civilLiberties', t."civilLiberties",
      'status', lower(t.status::text), 'rank', t.rank, 'score', t.score,
      'headOfState', t."headOfState", 'note', t.note, 'citations', coalesce((SELECT jsonb_agg(jsonb_build_object(
      'sourceId', c."sourceId", 'locator', c.locator, 'quote', c.quote, 'attributedTo', c."attributedTo")
      ORDER BY c.position, c.id) FROM "Citation" c WHERE c."ratingId" = t.id), '[]'::jsonb)) || jsonb_build_object('workflowStatus', t."workflowStatus",
      'publishAt', to_char(t."publishAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'inTrash', t."deletedAt" IS NOT NULL),
    'Corrected against the source document.', k.corrected_at
  FROM "Rating" t JOIN corrected_record k ON k.id = t.id AND k.entity_type = 'RATING';

DROP TABLE corrected_record;
