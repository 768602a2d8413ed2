-- A data migration: the schema is unchanged. The statements below run once on every database,
-- in order with the other migrations; write them so that they change only what they mean to.

-- Sources seeded before their addresses were verified (docs/sources.md) get them now. Only where an
-- editor has not given one: an address or date already set, live or in pending changes, is kept.
CREATE TEMPORARY TABLE verified_address (slug text PRIMARY KEY, url text NOT NULL, published date);
INSERT INTO verified_address VALUES
  ('wikipedia-human-rights-in-kazakhstan', 'https://en.wikipedia.org/wiki/Human_rights_in_Kazakhstan', NULL),
  ('eu-statement-human-rights-dialogue-2020', 'https://eeas.europa.eu/diplomatic-network/turks-and-caicos-islands/89522/eu-and-kazakhstan-hold-annual-human-rights-dialogue-and-subcommittee-justice-and-home-affairs_en', DATE '2020-11-27'),
  ('law-on-peaceful-assemblies-2020', 'https://adilet.zan.kz/eng/docs/Z2000000333', DATE '2020-05-25'),
  ('freedom-house-freedom-in-the-world', 'https://freedomhouse.org/country/kazakhstan/freedom-world/2023', NULL);

UPDATE "Source" s SET "url" = v.url
  FROM verified_address v WHERE s."slug" = v.slug AND s."url" IS NULL;
UPDATE "Source" s SET "publishedDate" = v.published
  FROM verified_address v
  WHERE s."slug" = v.slug AND v.published IS NOT NULL AND s."publishedDate" IS NULL;

-- Pending changes carry the whole working copy: publishing them later must not drop the address.
UPDATE "Source" s SET "pendingChanges" = jsonb_set(s."pendingChanges", '{url}', to_jsonb(v.url))
  FROM verified_address v
  WHERE s."slug" = v.slug AND s."pendingChanges" IS NOT NULL
    AND COALESCE(s."pendingChanges"->>'url', '') = '';
UPDATE "Source" s
  SET "pendingChanges" = jsonb_set(s."pendingChanges", '{publishedDate}', to_jsonb(v.published::text))
  FROM verified_address v
  WHERE s."slug" = v.slug AND v.published IS NOT NULL AND s."pendingChanges" IS NOT NULL
    AND COALESCE(s."pendingChanges"->>'publishedDate', '') = '';

DROP TABLE verified_address;
