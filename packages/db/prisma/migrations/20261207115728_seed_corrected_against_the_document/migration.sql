-- A data migration: the schema is unchanged. The statements below run once on every database,
-- in order with the other migrations; write them so that they change only what they mean to.

-- Issue 21: the seed corrected against the source document. Generated from
-- packages/db/src/seed/data/corrections.ts by packages/db/src/seed/corrections-sql.ts; each value
-- changes only where it is still the seed's old one, so an editor's change is kept. An editor's
-- pending working copy gets the same text corrections. No revision is written (a revision holds the
-- admin form's whole record): each corrected record gets an audit line, an entry in the changes
-- feed if public, and events the public note "Corrected against the source document."
CREATE TEMPORARY TABLE corrected (entity_type text NOT NULL, id text NOT NULL);

WITH changed AS (
  UPDATE "Event" t SET "summary" = 'During the 2014 Universal Periodic Review, national representatives commended Kazakhstan''s establishment of a mechanism to prevent torture and of a national human rights institution, but shared concerns about legal restrictions on freedom.' WHERE t."slug" = '2014-universal-periodic-review-of-kazakhstan' AND t."summary" IS NOT DISTINCT FROM 'During the 2014 Universal Periodic Review, national representatives commended Kazakhstan''s mechanism to prevent torture and its national human rights institution, but shared concerns about legal restrictions on freedom.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{summary}', to_jsonb('During the 2014 Universal Periodic Review, national representatives commended Kazakhstan''s establishment of a mechanism to prevent torture and of a national human rights institution, but shared concerns about legal restrictions on freedom.'::text))
  WHERE t."slug" = '2014-universal-periodic-review-of-kazakhstan' AND t."pendingChanges"->>'summary' = 'During the 2014 Universal Periodic Review, national representatives commended Kazakhstan''s mechanism to prevent torture and its national human rights institution, but shared concerns about legal restrictions on freedom.';

WITH changed AS (
  DELETE FROM "EventActor" ea USING "Event" e, "Actor" a
  WHERE ea."eventId" = e.id AND ea."actorId" = a.id AND e."slug" = '2014-universal-periodic-review-of-kazakhstan'
    AND a."slug" = 'united-nations-human-rights-council' AND ea."role" = 'conducted the review'
  RETURNING e."id" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "Event" t SET "title" = 'Human Rights Watch: newspapers closed, protesters jailed or fined, worshipers fined or detained' WHERE t."slug" = '2014-newspapers-closed-protesters-and-worshipers-fined-or-detained' AND t."title" IS NOT DISTINCT FROM 'Newspapers closed, protesters jailed or fined, worshipers fined or detained'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{title}', to_jsonb('Human Rights Watch: newspapers closed, protesters jailed or fined, worshipers fined or detained'::text))
  WHERE t."slug" = '2014-newspapers-closed-protesters-and-worshipers-fined-or-detained' AND t."pendingChanges"->>'title' = 'Newspapers closed, protesters jailed or fined, worshipers fined or detained';

WITH changed AS (
  UPDATE "EventActor" ea SET "role" = 'according to Human Rights Watch, closed newspapers, jailed or fined dozens of people after protests, and fined or detained worshipers' FROM "Event" e, "Actor" a
  WHERE ea."eventId" = e.id AND ea."actorId" = a.id AND e."slug" = '2014-newspapers-closed-protesters-and-worshipers-fined-or-detained'
    AND a."slug" = 'government-of-kazakhstan' AND ea."role" = 'closed newspapers; jailed or fined protesters; fined or detained worshipers'
  RETURNING e."id" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "EventActor" ea SET "role" = 'according to Human Rights Watch, remained in detention after unfair trials' FROM "Event" e, "Actor" a
  WHERE ea."eventId" = e.id AND ea."actorId" = a.id AND e."slug" = '2014-newspapers-closed-protesters-and-worshipers-fined-or-detained'
    AND a."slug" = 'vladimir-kozlov' AND ea."role" = 'remained in detention after an unfair trial'
  RETURNING e."id" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "Event" t SET "summary" = 'Since 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the HELP training programme, which is running through 2022.' WHERE t."slug" = '2019-council-of-europe-help-programme' AND t."summary" IS NOT DISTINCT FROM 'Since 2019, Kazakhstan has been working with the Council of Europe on human rights and the rule of law, including through the HELP training programme for Kazakh legal professionals, which runs through 2022.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{summary}', to_jsonb('Since 2019, Kazakhstan has been working with the Council of Europe on sectoral improvements in human rights and the rule of law, including through the HELP training programme, which is running through 2022.'::text))
  WHERE t."slug" = '2019-council-of-europe-help-programme' AND t."pendingChanges"->>'summary' = 'Since 2019, Kazakhstan has been working with the Council of Europe on human rights and the rule of law, including through the HELP training programme for Kazakh legal professionals, which runs through 2022.';

WITH changed AS (
  UPDATE "Event" t SET "endDate" = NULL::date WHERE t."slug" = '2019-council-of-europe-help-programme' AND t."endDate" IS NOT DISTINCT FROM DATE '2022-01-01'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "Event" t SET "title" = 'Second Optional Protocol to the International Covenant on Civil and Political Rights signed' WHERE t."slug" = '2020-kazakhstan-signs-second-optional-protocol-to-the-iccpr' AND t."title" IS NOT DISTINCT FROM 'Kazakhstan signs the Second Optional Protocol to the ICCPR'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{title}', to_jsonb('Second Optional Protocol to the International Covenant on Civil and Political Rights signed'::text))
  WHERE t."slug" = '2020-kazakhstan-signs-second-optional-protocol-to-the-iccpr' AND t."pendingChanges"->>'title' = 'Kazakhstan signs the Second Optional Protocol to the ICCPR';

WITH changed AS (
  UPDATE "Event" t SET "title" = 'Observers report political expression restricted ahead of the presidential elections' WHERE t."slug" = '2005-political-expression-restricted-before-presidential-elections' AND t."title" IS NOT DISTINCT FROM 'Political expression restricted ahead of the presidential elections'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{title}', to_jsonb('Observers report political expression restricted ahead of the presidential elections'::text))
  WHERE t."slug" = '2005-political-expression-restricted-before-presidential-elections' AND t."pendingChanges"->>'title' = 'Political expression restricted ahead of the presidential elections';

WITH changed AS (
  INSERT INTO "EventPlace" ("eventId", "placeId")
  SELECT e.id, p.id FROM "Event" e, "Place" p WHERE e."slug" = '2005-political-expression-restricted-before-presidential-elections' AND p."slug" = 'georgia'
  ON CONFLICT DO NOTHING
  RETURNING "eventId" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  INSERT INTO "EventPlace" ("eventId", "placeId")
  SELECT e.id, p.id FROM "Event" e, "Place" p WHERE e."slug" = '2005-political-expression-restricted-before-presidential-elections' AND p."slug" = 'ukraine'
  ON CONFLICT DO NOTHING
  RETURNING "eventId" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  INSERT INTO "EventPlace" ("eventId", "placeId")
  SELECT e.id, p.id FROM "Event" e, "Place" p WHERE e."slug" = '2005-political-expression-restricted-before-presidential-elections' AND p."slug" = 'kyrgyzstan'
  ON CONFLICT DO NOTHING
  RETURNING "eventId" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "EventActor" ea SET "role" = 'reportedly attempted to restrict freedom of speech and shut down independent media and civil society groups' FROM "Event" e, "Actor" a
  WHERE ea."eventId" = e.id AND ea."actorId" = a.id AND e."slug" = '2005-political-expression-restricted-before-presidential-elections'
    AND a."slug" = 'government-of-kazakhstan' AND ea."role" = 'reportedly restricted freedom of speech'
  RETURNING e."id" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "Event" t SET "body" = 'Some outsider observers, including HRW, have noted increasing anxiety in the Kazakh government after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan. Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government''s attempt to prevent such transformation from occurring in Kazakhstan.' WHERE t."slug" = '2005-presidential-elections' AND t."body" IS NOT DISTINCT FROM 'Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government''s attempt to prevent such transformation from occurring in Kazakhstan, after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{body}', to_jsonb('Some outsider observers, including HRW, have noted increasing anxiety in the Kazakh government after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan. Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government''s attempt to prevent such transformation from occurring in Kazakhstan.'::text))
  WHERE t."slug" = '2005-presidential-elections' AND t."pendingChanges"->>'body' = 'Efforts to restrict dissent ahead of the 2 December 2005 elections may have indicated the government''s attempt to prevent such transformation from occurring in Kazakhstan, after recent democratic revolutions in former Soviet states including Georgia, Ukraine and Kyrgyzstan.';

WITH changed AS (
  INSERT INTO "EventPlace" ("eventId", "placeId")
  SELECT e.id, p.id FROM "Event" e, "Place" p WHERE e."slug" = '2005-presidential-elections' AND p."slug" = 'georgia'
  ON CONFLICT DO NOTHING
  RETURNING "eventId" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  INSERT INTO "EventPlace" ("eventId", "placeId")
  SELECT e.id, p.id FROM "Event" e, "Place" p WHERE e."slug" = '2005-presidential-elections' AND p."slug" = 'ukraine'
  ON CONFLICT DO NOTHING
  RETURNING "eventId" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  INSERT INTO "EventPlace" ("eventId", "placeId")
  SELECT e.id, p.id FROM "Event" e, "Place" p WHERE e."slug" = '2005-presidential-elections' AND p."slug" = 'kyrgyzstan'
  ON CONFLICT DO NOTHING
  RETURNING "eventId" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "EventActor" ea SET "role" = 'noted increasing anxiety in the Kazakh government' FROM "Event" e, "Actor" a
  WHERE ea."eventId" = e.id AND ea."actorId" = a.id AND e."slug" = '2005-presidential-elections'
    AND a."slug" = 'human-rights-watch' AND ea."role" = 'observer'
  RETURNING e."id" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "Event" t SET "summary" = 'The document refers to the 2011 religion law, to which a UN special rapporteur on freedom of religion recommended "far-reaching reforms"; it does not date the recommendation.' WHERE t."slug" = '2011-religion-law' AND t."summary" IS NOT DISTINCT FROM 'A UN special rapporteur on freedom of religion recommended "far-reaching reforms" to the 2011 religion law.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{summary}', to_jsonb('The document refers to the 2011 religion law, to which a UN special rapporteur on freedom of religion recommended "far-reaching reforms"; it does not date the recommendation.'::text))
  WHERE t."slug" = '2011-religion-law' AND t."pendingChanges"->>'summary' = 'A UN special rapporteur on freedom of religion recommended "far-reaching reforms" to the 2011 religion law.';

WITH changed AS (
  UPDATE "EventActor" ea SET "role" = 'recommended "far-reaching reforms" to the law (undated)' FROM "Event" e, "Actor" a
  WHERE ea."eventId" = e.id AND ea."actorId" = a.id AND e."slug" = '2011-religion-law'
    AND a."slug" = 'un-special-rapporteur-on-freedom-of-religion' AND ea."role" = 'recommended reforms'
  RETURNING e."id" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "Event" t SET "title" = 'Human Rights Watch: minority religious groups fined and detained in 2014' WHERE t."slug" = '2014-minority-religious-groups-fined-and-detained' AND t."title" IS NOT DISTINCT FROM 'Minority religious groups fined and detained'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{title}', to_jsonb('Human Rights Watch: minority religious groups fined and detained in 2014'::text))
  WHERE t."slug" = '2014-minority-religious-groups-fined-and-detained' AND t."pendingChanges"->>'title' = 'Minority religious groups fined and detained';

WITH changed AS (
  UPDATE "Event" t SET "title" = 'Hare Krishna followers evicted from thirteen homes' WHERE t."slug" = '2006-hare-krishna-evictions' AND t."title" IS NOT DISTINCT FROM 'Hare Krishna followers evicted in Karasai district'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{title}', to_jsonb('Hare Krishna followers evicted from thirteen homes'::text))
  WHERE t."slug" = '2006-hare-krishna-evictions' AND t."pendingChanges"->>'title' = 'Hare Krishna followers evicted in Karasai district';

WITH changed AS (
  UPDATE "EventActor" ea SET "role" = 'Kazakh officials claimed the evictions were legitimate' FROM "Event" e, "Actor" a
  WHERE ea."eventId" = e.id AND ea."actorId" = a.id AND e."slug" = '2006-hare-krishna-evictions'
    AND a."slug" = 'government-of-kazakhstan' AND ea."role" = 'claimed the evictions were legitimate'
  RETURNING e."id" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "Event" t SET "summary" = 'On 16 December 2011, protesters consisting primarily of oil workers clashed with police in Zhanaozen, due to the former''s demands of better work conditions and higher pay; according to official sources 15 people were found dead.' WHERE t."slug" = '2011-zhanaozen-oil-worker-strikes' AND t."summary" IS NOT DISTINCT FROM 'On 16 December 2011, striking oil workers demanding better work conditions and higher pay clashed with police in Zhanaozen; according to official sources 15 people were found dead.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{summary}', to_jsonb('On 16 December 2011, protesters consisting primarily of oil workers clashed with police in Zhanaozen, due to the former''s demands of better work conditions and higher pay; according to official sources 15 people were found dead.'::text))
  WHERE t."slug" = '2011-zhanaozen-oil-worker-strikes' AND t."pendingChanges"->>'summary' = 'On 16 December 2011, striking oil workers demanding better work conditions and higher pay clashed with police in Zhanaozen; according to official sources 15 people were found dead.';

WITH changed AS (
  UPDATE "EventActor" ea SET "role" = 'according to government officials, police were forced to defend themselves' FROM "Event" e, "Actor" a
  WHERE ea."eventId" = e.id AND ea."actorId" = a.id AND e."slug" = '2011-zhanaozen-oil-worker-strikes'
    AND a."slug" = 'government-of-kazakhstan' AND ea."role" = 'said police were forced to defend themselves'
  RETURNING e."id" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "Event" t SET "summary" = 'Land-reform protests in April and May 2016, in relation to changes in the law in relation to land ownership; two hundred activists and protestors were arrested.' WHERE t."slug" = '2016-land-reform-protests' AND t."summary" IS NOT DISTINCT FROM 'In April and May 2016, protests took place over changes in the law on land ownership; two hundred activists and protestors were arrested.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{summary}', to_jsonb('Land-reform protests in April and May 2016, in relation to changes in the law in relation to land ownership; two hundred activists and protestors were arrested.'::text))
  WHERE t."slug" = '2016-land-reform-protests' AND t."pendingChanges"->>'summary' = 'In April and May 2016, protests took place over changes in the law on land ownership; two hundred activists and protestors were arrested.';

WITH changed AS (
  UPDATE "Event" t SET "summary" = 'In 2019, Nursultan Nazarbayev dismissed the government.' WHERE t."slug" = '2019-nazarbayev-dismisses-the-government' AND t."summary" IS NOT DISTINCT FROM 'In 2019, amid protests, Nursultan Nazarbayev dismissed the government.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{summary}', to_jsonb('In 2019, Nursultan Nazarbayev dismissed the government.'::text))
  WHERE t."slug" = '2019-nazarbayev-dismisses-the-government' AND t."pendingChanges"->>'summary' = 'In 2019, amid protests, Nursultan Nazarbayev dismissed the government.';

WITH changed AS (
  DELETE FROM "EventPlace" ep USING "Event" e, "Place" p
  WHERE ep."eventId" = e.id AND ep."placeId" = p.id AND e."slug" = '2019-protests-after-the-snap-presidential-elections' AND p."slug" = 'astana'
  RETURNING ep."eventId" AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

WITH changed AS (
  UPDATE "Event" t SET "summary" = 'The National Council of Public Trust convened its first meeting on 6 September 2019, focused on decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.' WHERE t."slug" = '2019-first-meeting-of-the-national-council-of-public-trust' AND t."summary" IS NOT DISTINCT FROM 'The National Council of Public Trust convened its first meeting on 6 September 2019, focused on libel, penitentiary and judicial reform, and gender balance.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'EVENT', id FROM changed;

UPDATE "Event" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{summary}', to_jsonb('The National Council of Public Trust convened its first meeting on 6 September 2019, focused on decriminalization of libel, reform of the penitentiary system and the judiciary, gender balance and women empowerment.'::text))
  WHERE t."slug" = '2019-first-meeting-of-the-national-council-of-public-trust' AND t."pendingChanges"->>'summary' = 'The National Council of Public Trust convened its first meeting on 6 September 2019, focused on libel, penitentiary and judicial reform, and gender balance.';

WITH changed AS (
  UPDATE "Actor" t SET "description" = 'First Deputy Prosecutor General; led the Kazakh delegation at the sixth EU-Kazakhstan Human Rights Dialogue.' WHERE t."slug" = 'yogan-merkel' AND t."description" IS NOT DISTINCT FROM 'First Deputy Prosecutor General of Kazakhstan; led the Kazakh delegation at the sixth EU-Kazakhstan Human Rights Dialogue.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'ACTOR', id FROM changed;

UPDATE "Actor" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{description}', to_jsonb('First Deputy Prosecutor General; led the Kazakh delegation at the sixth EU-Kazakhstan Human Rights Dialogue.'::text))
  WHERE t."slug" = 'yogan-merkel' AND t."pendingChanges"->>'description' = 'First Deputy Prosecutor General of Kazakhstan; led the Kazakh delegation at the sixth EU-Kazakhstan Human Rights Dialogue.';

WITH changed AS (
  UPDATE "Place" t SET "otherNames" = ARRAY[]::text[] WHERE t."slug" = 'astana' AND t."otherNames" IS NOT DISTINCT FROM ARRAY['Nur-Sultan']::text[]
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'PLACE', id FROM changed;

WITH changed AS (
  UPDATE "Case" t SET "title" = 'Vladimir Kozlov: in detention after unfair trials, according to Human Rights Watch' WHERE t."slug" = 'vladimir-kozlov-detention' AND t."title" IS NOT DISTINCT FROM 'Vladimir Kozlov: opposition leader held after unfair trials'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'CASE', id FROM changed;

UPDATE "Case" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{title}', to_jsonb('Vladimir Kozlov: in detention after unfair trials, according to Human Rights Watch'::text))
  WHERE t."slug" = 'vladimir-kozlov-detention' AND t."pendingChanges"->>'title' = 'Vladimir Kozlov: opposition leader held after unfair trials';

WITH changed AS (
  UPDATE "Case" t SET "title" = 'Five members of a WhatsApp group chat for discussing Islam remain imprisoned' WHERE t."slug" = 'whatsapp-group-members-imprisoned' AND t."title" IS NOT DISTINCT FROM 'Five members of a WhatsApp group imprisoned for discussing Islam'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'CASE', id FROM changed;

UPDATE "Case" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{title}', to_jsonb('Five members of a WhatsApp group chat for discussing Islam remain imprisoned'::text))
  WHERE t."slug" = 'whatsapp-group-members-imprisoned' AND t."pendingChanges"->>'title' = 'Five members of a WhatsApp group imprisoned for discussing Islam';

WITH changed AS (
  UPDATE "Case" t SET "summary" = 'Five of the nine men arrested in 2018, members of a WhatsApp group chat for discussing Islam, remain imprisoned, although the Working Group on Arbitrary Detention determined the arrest to be in violation of international law.' WHERE t."slug" = 'whatsapp-group-members-imprisoned' AND t."summary" IS NOT DISTINCT FROM 'Five of the nine men arrested in 2018 for discussing Islam in a WhatsApp group chat remain imprisoned, although the UN Working Group on Arbitrary Detention found the arrest in violation of international law.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'CASE', id FROM changed;

UPDATE "Case" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{summary}', to_jsonb('Five of the nine men arrested in 2018, members of a WhatsApp group chat for discussing Islam, remain imprisoned, although the Working Group on Arbitrary Detention determined the arrest to be in violation of international law.'::text))
  WHERE t."slug" = 'whatsapp-group-members-imprisoned' AND t."pendingChanges"->>'summary' = 'Five of the nine men arrested in 2018 for discussing Islam in a WhatsApp group chat remain imprisoned, although the UN Working Group on Arbitrary Detention found the arrest in violation of international law.';

WITH changed AS (
  UPDATE "CaseEntry" x SET "note" = 'The document says the five “remain imprisoned”; it gives no date for this, so the entry is dated by the arrest it follows.' FROM "Case" k
  WHERE x."caseId" = k.id AND k."slug" = 'whatsapp-group-members-imprisoned' AND x."position" = 1
    AND x."note" = 'The document says the five “remain imprisoned”, after the Working Group''s finding; it gives no date for this, so the entry is dated by the arrest it follows.'
  RETURNING k.id AS id
) INSERT INTO corrected SELECT 'CASE', id FROM changed;

WITH changed AS (
  UPDATE "CaseFinding" x SET "body" = 'Working Group on Arbitrary Detention' FROM "Case" k
  WHERE x."caseId" = k.id AND k."slug" = 'whatsapp-group-members-imprisoned' AND x."position" = 0
    AND x."body" = 'UN Working Group on Arbitrary Detention'
  RETURNING k.id AS id
) INSERT INTO corrected SELECT 'CASE', id FROM changed;

WITH changed AS (
  UPDATE "Case" t SET "title" = 'Four other members of the WhatsApp group: no longer imprisoned, still restricted' WHERE t."slug" = 'whatsapp-group-four-other-members' AND t."title" IS NOT DISTINCT FROM 'Four other members of the WhatsApp group: released, still restricted'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'CASE', id FROM changed;

UPDATE "Case" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{title}', to_jsonb('Four other members of the WhatsApp group: no longer imprisoned, still restricted'::text))
  WHERE t."slug" = 'whatsapp-group-four-other-members' AND t."pendingChanges"->>'title' = 'Four other members of the WhatsApp group: released, still restricted';

WITH changed AS (
  UPDATE "Case" t SET "summary" = 'Four of the nine men arrested in 2018, members of a WhatsApp group chat for discussing Islam, are no longer imprisoned but still face restrictions. The document does not name them.' WHERE t."slug" = 'whatsapp-group-four-other-members' AND t."summary" IS NOT DISTINCT FROM 'Four of the nine men arrested in 2018 over a WhatsApp group chat about Islam are no longer imprisoned but still face restrictions. The document does not name them.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'CASE', id FROM changed;

UPDATE "Case" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{summary}', to_jsonb('Four of the nine men arrested in 2018, members of a WhatsApp group chat for discussing Islam, are no longer imprisoned but still face restrictions. The document does not name them.'::text))
  WHERE t."slug" = 'whatsapp-group-four-other-members' AND t."pendingChanges"->>'summary' = 'Four of the nine men arrested in 2018 over a WhatsApp group chat about Islam are no longer imprisoned but still face restrictions. The document does not name them.';

WITH changed AS (
  UPDATE "CaseFinding" x SET "body" = 'Working Group on Arbitrary Detention' FROM "Case" k
  WHERE x."caseId" = k.id AND k."slug" = 'whatsapp-group-four-other-members' AND x."position" = 0
    AND x."body" = 'UN Working Group on Arbitrary Detention'
  RETURNING k.id AS id
) INSERT INTO corrected SELECT 'CASE', id FROM changed;

WITH changed AS (
  UPDATE "Source" t SET "kind" = 'OTHER'::"SourceKind" WHERE t."slug" = 'un-special-rapporteur-on-freedom-of-religion-findings' AND t."kind" IS NOT DISTINCT FROM 'REPORT'::"SourceKind"
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'SOURCE', id FROM changed;

UPDATE "Source" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{kind}', to_jsonb('OTHER'::text))
  WHERE t."slug" = 'un-special-rapporteur-on-freedom-of-religion-findings' AND t."pendingChanges"->>'kind' = 'REPORT';

WITH changed AS (
  UPDATE "Source" t SET "title" = 'EU and Kazakhstan hold annual Human Rights Dialogue and Subcommittee on Justice and Home Affairs' WHERE t."slug" = 'eu-statement-human-rights-dialogue-2020' AND t."title" IS NOT DISTINCT FROM 'EU statement on the 12th EU-Kazakhstan Human Rights Dialogue (2020)'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'SOURCE', id FROM changed;

UPDATE "Source" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{title}', to_jsonb('EU and Kazakhstan hold annual Human Rights Dialogue and Subcommittee on Justice and Home Affairs'::text))
  WHERE t."slug" = 'eu-statement-human-rights-dialogue-2020' AND t."pendingChanges"->>'title' = 'EU statement on the 12th EU-Kazakhstan Human Rights Dialogue (2020)';

WITH changed AS (
  UPDATE "Source" t SET "publisher" = 'European External Action Service' WHERE t."slug" = 'eu-statement-human-rights-dialogue-2020' AND t."publisher" IS NOT DISTINCT FROM 'European Union'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'SOURCE', id FROM changed;

UPDATE "Source" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{publisher}', to_jsonb('European External Action Service'::text))
  WHERE t."slug" = 'eu-statement-human-rights-dialogue-2020' AND t."pendingChanges"->>'publisher' = 'European Union';

WITH changed AS (
  UPDATE "Source" t SET "notes" = 'Not named by the source document, which quotes "the EU" on the 12th dialogue; a press release verified in docs/sources.md to contain the quoted words.' WHERE t."slug" = 'eu-statement-human-rights-dialogue-2020' AND t."notes" IS NOT DISTINCT FROM 'The source document does not give this source''s title; the title here describes it.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'SOURCE', id FROM changed;

UPDATE "Source" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{notes}', to_jsonb('Not named by the source document, which quotes "the EU" on the 12th dialogue; a press release verified in docs/sources.md to contain the quoted words.'::text))
  WHERE t."slug" = 'eu-statement-human-rights-dialogue-2020' AND t."pendingChanges"->>'notes' = 'The source document does not give this source''s title; the title here describes it.';

WITH changed AS (
  UPDATE "Source" t SET "kind" = 'OTHER'::"SourceKind" WHERE t."slug" = 'rule-of-law-index' AND t."kind" IS NOT DISTINCT FROM 'REPORT'::"SourceKind"
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'SOURCE', id FROM changed;

UPDATE "Source" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{kind}', to_jsonb('OTHER'::text))
  WHERE t."slug" = 'rule-of-law-index' AND t."pendingChanges"->>'kind' = 'REPORT';

WITH changed AS (
  UPDATE "Source" t SET "publisher" = 'Not named in the source document' WHERE t."slug" = 'kazakhstan-2050-strategy' AND t."publisher" IS NOT DISTINCT FROM 'Republic of Kazakhstan'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'SOURCE', id FROM changed;

UPDATE "Source" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{publisher}', to_jsonb('Not named in the source document'::text))
  WHERE t."slug" = 'kazakhstan-2050-strategy' AND t."pendingChanges"->>'publisher' = 'Republic of Kazakhstan';

WITH changed AS (
  UPDATE "Source" t SET "notes" = 'The source document does not give this source''s title; the title here describes it. The document says the institution was established on September 19, 2002 by the President''s Decree; it does not give the decree''s own date.' WHERE t."slug" = 'presidential-decree-commissioner-for-human-rights-2002' AND t."notes" IS NOT DISTINCT FROM 'The source document does not give this source''s title; the title here describes it. The document says the institution was established on September 19, 2002 by the President''s Decree.'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'SOURCE', id FROM changed;

UPDATE "Source" t SET "pendingChanges" = jsonb_set(t."pendingChanges", '{notes}', to_jsonb('The source document does not give this source''s title; the title here describes it. The document says the institution was established on September 19, 2002 by the President''s Decree; it does not give the decree''s own date.'::text))
  WHERE t."slug" = 'presidential-decree-commissioner-for-human-rights-2002' AND t."pendingChanges"->>'notes' = 'The source document does not give this source''s title; the title here describes it. The document says the institution was established on September 19, 2002 by the President''s Decree.';

WITH changed AS (
  UPDATE "Source" t SET "publishedDate" = NULL::date WHERE t."slug" = 'presidential-decree-commissioner-for-human-rights-2002' AND t."publishedDate" IS NOT DISTINCT FROM DATE '2002-09-19'
  RETURNING t.id AS id
) INSERT INTO corrected SELECT 'SOURCE', id FROM changed;

UPDATE "RatingSeries" t SET "yearNote" = 'The "Year" signifies the "Year covered": the information for the year marked 2008 is from the report published in 2009, and so on. The president is as of January 1 (note 2 of the table).' WHERE t."slug" = 'freedom-in-the-world' AND t."yearNote" IS NOT DISTINCT FROM 'The "Year" signifies the "Year covered": the information for the year marked 2008 is from the report published in 2009, and so on.';

UPDATE "RatingSeries" t SET "scaleDescription" = 'A rank; the source document does not describe the scale.' WHERE t."slug" = 'rule-of-law-index' AND t."scaleDescription" IS NOT DISTINCT FROM 'A rank: 1st is the top position.';

-- Sources the document does not name: their citations cite the document, with the speaker the
-- document gives the words to in the locator; then the sources go to the trash.
CREATE TEMPORARY TABLE removed_source (slug text PRIMARY KEY, speaker text, quote text);
INSERT INTO removed_source VALUES
  ('un-human-rights-council-upr-2014-kazakhstan', 'national representatives', NULL),
  ('kazakh-officials-on-hare-krishna-evictions-2006', 'Kazakh officials', 'Kazakh officials claimed that the evictions were legitimate, and that the properties had been acquired illegally.'),
  ('zhanaozen-eyewitness-accounts-2011', 'eyewitnesses', 'Eyewitnesses claimed police opened fire on unarmed protesters in the town of Zhanaozen'),
  ('kazakh-government-officials-on-zhanaozen-2011', 'government officials', 'according to government officials police were forced to defend themselves.'),
  ('eu-statement-human-rights-dialogue-2014', NULL, NULL),
  ('eu-statement-human-rights-dialogue-2018', NULL, NULL);

-- An unquoted citation of one the document names no words for, on a record already citing the
-- document, adds nothing: dropped.
WITH changed AS (
  DELETE FROM "Citation" c USING "Source" s, removed_source r
  WHERE c."sourceId" = s.id AND s."slug" = r.slug AND r.quote IS NULL AND c.quote IS NULL
    AND EXISTS (SELECT 1 FROM "Citation" d WHERE d."sourceId" = (SELECT id FROM "Source" WHERE "slug" = 'wikipedia-human-rights-in-kazakhstan') AND d."eventId" IS NOT DISTINCT FROM c."eventId" AND d."topicId" IS NOT DISTINCT FROM c."topicId" AND d."ratingId" IS NOT DISTINCT FROM c."ratingId" AND d."caseEntryId" IS NOT DISTINCT FROM c."caseEntryId" AND d."caseFindingId" IS NOT DISTINCT FROM c."caseFindingId")
  RETURNING CASE
    WHEN c."eventId" IS NOT NULL THEN 'EVENT:' || c."eventId"
    WHEN c."topicId" IS NOT NULL THEN 'TOPIC:' || c."topicId"
    WHEN c."ratingId" IS NOT NULL THEN 'RATING:' || c."ratingId"
    WHEN c."caseEntryId" IS NOT NULL THEN 'CASE:' || (SELECT "caseId" FROM "CaseEntry" WHERE id = c."caseEntryId")
    ELSE 'CASE:' || (SELECT "caseId" FROM "CaseFinding" WHERE id = c."caseFindingId") END AS owner
) INSERT INTO corrected SELECT split_part(owner, ':', 1), split_part(owner, ':', 2) FROM changed;

-- "Government officials" and "official sources" were one source: the death toll gets its own.
WITH changed AS (
  INSERT INTO "Citation" (id, "sourceId", "eventId", "topicId", "ratingId", "caseEntryId", "caseFindingId", locator, quote, position)
  SELECT 'c' || substr(md5(c.id || 'official sources'), 1, 24), (SELECT id FROM "Source" WHERE "slug" = 'wikipedia-human-rights-in-kazakhstan'), c."eventId", c."topicId",
         c."ratingId", c."caseEntryId", c."caseFindingId",
         'Protests › 2011 Zhanaozen oil worker strikes' || ' (official sources)',
         'According to official sources 15 people were found dead after the clashes.',
         (SELECT max(d.position) + 1 FROM "Citation" d WHERE d."eventId" IS NOT DISTINCT FROM c."eventId" AND d."topicId" IS NOT DISTINCT FROM c."topicId" AND d."ratingId" IS NOT DISTINCT FROM c."ratingId" AND d."caseEntryId" IS NOT DISTINCT FROM c."caseEntryId" AND d."caseFindingId" IS NOT DISTINCT FROM c."caseFindingId")
  FROM "Citation" c JOIN "Source" s ON s.id = c."sourceId"
  WHERE s."slug" = 'kazakh-government-officials-on-zhanaozen-2011' AND c.quote IS NULL
  RETURNING CASE
    WHEN "Citation"."eventId" IS NOT NULL THEN 'EVENT:' || "Citation"."eventId"
    WHEN "Citation"."topicId" IS NOT NULL THEN 'TOPIC:' || "Citation"."topicId"
    WHEN "Citation"."ratingId" IS NOT NULL THEN 'RATING:' || "Citation"."ratingId"
    WHEN "Citation"."caseEntryId" IS NOT NULL THEN 'CASE:' || (SELECT "caseId" FROM "CaseEntry" WHERE id = "Citation"."caseEntryId")
    ELSE 'CASE:' || (SELECT "caseId" FROM "CaseFinding" WHERE id = "Citation"."caseFindingId") END AS owner
) INSERT INTO corrected SELECT split_part(owner, ':', 1), split_part(owner, ':', 2) FROM changed;

WITH changed AS (
  UPDATE "Citation" c
  SET "sourceId" = (SELECT id FROM "Source" WHERE "slug" = 'wikipedia-human-rights-in-kazakhstan'),
      locator = CASE WHEN r.speaker IS NULL THEN c.locator
                     ELSE coalesce(c.locator || ' ', '') || '(' || r.speaker || ')' END,
      quote = coalesce(c.quote, r.quote)
  FROM "Source" s, removed_source r
  WHERE c."sourceId" = s.id AND s."slug" = r.slug
  RETURNING CASE
    WHEN c."eventId" IS NOT NULL THEN 'EVENT:' || c."eventId"
    WHEN c."topicId" IS NOT NULL THEN 'TOPIC:' || c."topicId"
    WHEN c."ratingId" IS NOT NULL THEN 'RATING:' || c."ratingId"
    WHEN c."caseEntryId" IS NOT NULL THEN 'CASE:' || (SELECT "caseId" FROM "CaseEntry" WHERE id = c."caseEntryId")
    ELSE 'CASE:' || (SELECT "caseId" FROM "CaseFinding" WHERE id = c."caseFindingId") END AS owner
) INSERT INTO corrected SELECT split_part(owner, ':', 1), split_part(owner, ':', 2) FROM changed;

-- The EU's words on the 12th dialogue: the document's citation and the verified page's carry them.
WITH changed AS (
  UPDATE "Citation" c SET locator = 'Human rights dialogue (the EU)', quote = 'acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms'
  FROM "Event" e
  WHERE c."eventId" = e.id AND e."slug" = '2020-twelfth-eu-kazakhstan-human-rights-dialogue'
    AND c."sourceId" = (SELECT id FROM "Source" WHERE "slug" = 'wikipedia-human-rights-in-kazakhstan') AND c.locator = 'Human rights dialogue' AND c.quote IS NULL
  RETURNING CASE
    WHEN c."eventId" IS NOT NULL THEN 'EVENT:' || c."eventId"
    WHEN c."topicId" IS NOT NULL THEN 'TOPIC:' || c."topicId"
    WHEN c."ratingId" IS NOT NULL THEN 'RATING:' || c."ratingId"
    WHEN c."caseEntryId" IS NOT NULL THEN 'CASE:' || (SELECT "caseId" FROM "CaseEntry" WHERE id = c."caseEntryId")
    ELSE 'CASE:' || (SELECT "caseId" FROM "CaseFinding" WHERE id = c."caseFindingId") END AS owner
) INSERT INTO corrected SELECT split_part(owner, ':', 1), split_part(owner, ':', 2) FROM changed;
WITH changed AS (
  UPDATE "Citation" c SET locator = 'Human rights dialogue (the EU)'
  FROM "Source" s
  WHERE c."sourceId" = s.id AND s."slug" = 'eu-statement-human-rights-dialogue-2020'
    AND c.locator = 'Human rights dialogue' AND c.quote = 'acknowledged the continuing reform process in Kazakhstan, including the establishment of a Supreme Council for Reforms'
  RETURNING CASE
    WHEN c."eventId" IS NOT NULL THEN 'EVENT:' || c."eventId"
    WHEN c."topicId" IS NOT NULL THEN 'TOPIC:' || c."topicId"
    WHEN c."ratingId" IS NOT NULL THEN 'RATING:' || c."ratingId"
    WHEN c."caseEntryId" IS NOT NULL THEN 'CASE:' || (SELECT "caseId" FROM "CaseEntry" WHERE id = c."caseEntryId")
    ELSE 'CASE:' || (SELECT "caseId" FROM "CaseFinding" WHERE id = c."caseFindingId") END AS owner
) INSERT INTO corrected SELECT split_part(owner, ':', 1), split_part(owner, ':', 2) FROM changed;

-- Nothing cites them now: to the trash, unpublished, where an editor can still see and restore them.
CREATE TEMPORARY TABLE trashed AS
  SELECT s.id, s."slug", s.status = 'PUBLISHED' AND s."deletedAt" IS NULL AS was_public
  FROM "Source" s JOIN removed_source r ON r.slug = s."slug"
  WHERE s."deletedAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c."sourceId" = s.id);
UPDATE "Source" s SET status = 'ARCHIVED', "deletedAt" = CURRENT_TIMESTAMP, "updatedAt" = CURRENT_TIMESTAMP
  FROM trashed t WHERE s.id = t.id;
INSERT INTO corrected SELECT 'SOURCE', id FROM trashed;

-- Bookkeeping for every corrected record.
UPDATE "Event" SET "lastUpdateNote" = 'Corrected against the source document.'
  WHERE id IN (SELECT id FROM corrected WHERE entity_type = 'EVENT');
UPDATE "Event" SET "updatedAt" = CURRENT_TIMESTAMP WHERE id IN (SELECT id FROM corrected WHERE entity_type = 'EVENT');
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT 'EVENT', t.id, t."slug", 'UPDATED' FROM "Event" t
  WHERE t.id IN (SELECT id FROM corrected WHERE entity_type = 'EVENT')
    AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL
    AND t.id NOT IN (SELECT id FROM trashed);
UPDATE "Topic" SET "updatedAt" = CURRENT_TIMESTAMP WHERE id IN (SELECT id FROM corrected WHERE entity_type = 'TOPIC');
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT 'TOPIC', t.id, t."slug", 'UPDATED' FROM "Topic" t
  WHERE t.id IN (SELECT id FROM corrected WHERE entity_type = 'TOPIC')
    AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL
    AND t.id NOT IN (SELECT id FROM trashed);
UPDATE "Case" SET "updatedAt" = CURRENT_TIMESTAMP WHERE id IN (SELECT id FROM corrected WHERE entity_type = 'CASE');
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT 'CASE', t.id, t."slug", 'UPDATED' FROM "Case" t
  WHERE t.id IN (SELECT id FROM corrected WHERE entity_type = 'CASE')
    AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL
    AND t.id NOT IN (SELECT id FROM trashed);
UPDATE "Actor" SET "updatedAt" = CURRENT_TIMESTAMP WHERE id IN (SELECT id FROM corrected WHERE entity_type = 'ACTOR');
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT 'ACTOR', t.id, t."slug", 'UPDATED' FROM "Actor" t
  WHERE t.id IN (SELECT id FROM corrected WHERE entity_type = 'ACTOR')
    AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL
    AND t.id NOT IN (SELECT id FROM trashed);
UPDATE "Place" SET "updatedAt" = CURRENT_TIMESTAMP WHERE id IN (SELECT id FROM corrected WHERE entity_type = 'PLACE');
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT 'PLACE', t.id, t."slug", 'UPDATED' FROM "Place" t
  WHERE t.id IN (SELECT id FROM corrected WHERE entity_type = 'PLACE')
    AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL
    AND t.id NOT IN (SELECT id FROM trashed);
UPDATE "Source" SET "updatedAt" = CURRENT_TIMESTAMP WHERE id IN (SELECT id FROM corrected WHERE entity_type = 'SOURCE');
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT 'SOURCE', t.id, t."slug", 'UPDATED' FROM "Source" t
  WHERE t.id IN (SELECT id FROM corrected WHERE entity_type = 'SOURCE')
    AND t.status = 'PUBLISHED' AND t."deletedAt" IS NULL
    AND t.id NOT IN (SELECT id FROM trashed);
INSERT INTO "ChangeLog" ("entityType", "entityId", slug, change)
  SELECT 'SOURCE', id, "slug", 'DELETED' FROM trashed WHERE was_public;
INSERT INTO "AuditLog" (id, "actorLabel", action, "entityType", "entityId", details)
  SELECT 'c' || substr(md5(k.entity_type || k.id || 'issue 21'), 1, 24), 'system', 'seed.correct',
         k.entity_type::"EntityType", k.id,
         jsonb_build_object('note', 'Corrected against the source document.', 'issue', 21)
  FROM (SELECT DISTINCT entity_type, id FROM corrected) k;

DROP TABLE corrected, removed_source, trashed;
