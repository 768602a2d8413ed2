// The data migration that gives databases seeded before docs/sources.md their sources' verified
// addresses: run again on such a database, it fills what is missing and keeps what editors set.
import { describe, expect, it } from "vitest";

import { sources } from "./data";
import { committedMigration, sourceAt, useMigrationTestDatabase } from "./testing";

const { sql } = committedMigration("sources_get_their_verified_addresses");
const verified = (slug: string) => sources.find((s) => s.slug === slug)!;

const database = useMigrationTestDatabase("addresses");
/** A source as the seed made it before, with the slug of a seeded one. */
const seededBefore = (slug: string, data?: Parameters<typeof sourceAt>[2]) =>
  sourceAt(database.db, slug, data);

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

    await database.run(sql);

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
