// The data migration that gives databases seeded before docs/sources.md their sources' verified
// addresses: run again on such a database, it fills what is missing and keeps what editors set.
import { readdirSync, readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, makeSource, runSql, type TestDatabase } from "../testing";
import { sources } from "./data";

const migrations = new URL("../../prisma/migrations/", import.meta.url);
const migration = readdirSync(migrations).find((d) =>
  d.endsWith("_sources_get_their_verified_addresses"),
)!;
const sql = readFileSync(new URL(`${migration}/migration.sql`, migrations), "utf8");
const verified = (slug: string) => sources.find((s) => s.slug === slug)!;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase("addresses");
});
afterAll(async () => {
  await database?.drop();
});

/** A source as the seed made it before, with the slug of a seeded one. */
async function seededBefore(slug: string, data: Parameters<typeof makeSource>[1] = {}) {
  const source = await makeSource(database.db, data);
  return database.db.source.update({ where: { id: source.id }, data: { slug } });
}

describe("the verified-addresses migration", () => {
  it("fills in addresses and dates, live and pending, and keeps an editor's", async () => {
    const law = await seededBefore("law-on-peaceful-assemblies-2020");
    const pending = await seededBefore("wikipedia-human-rights-in-kazakhstan");
    await database.db.source.update({
      where: { id: pending.id },
      data: { pendingChanges: { title: "Edited", url: null, publishedDate: null } },
    });
    const edited = await seededBefore("freedom-house-freedom-in-the-world", {
      url: "https://freedomhouse.org/country/kazakhstan",
    });

    await runSql(database.url, sql);

    const read = (id: string) => database.db.source.findUniqueOrThrow({ where: { id } });
    const lawAfter = await read(law.id);
    expect(lawAfter.url).toBe(verified("law-on-peaceful-assemblies-2020").url);
    expect(lawAfter.publishedDate?.toISOString().slice(0, 10)).toBe("2020-05-25");
    const pendingAfter = await read(pending.id);
    expect(pendingAfter.url).toBe(verified("wikipedia-human-rights-in-kazakhstan").url);
    expect(pendingAfter.pendingChanges).toMatchObject({
      title: "Edited",
      url: verified("wikipedia-human-rights-in-kazakhstan").url,
    });
    expect((await read(edited.id)).url).toBe("https://freedomhouse.org/country/kazakhstan");
  });
});
