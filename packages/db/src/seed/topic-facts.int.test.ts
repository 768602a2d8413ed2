// The data migration of issue 21's facts and figures on a database seeded before them: it writes
// the same facts and citations as a fresh seed, gives each topic it changes a revision with the
// correction note, and run again changes nothing.
import { describe, expect, it } from "vitest";

import { CORRECTION_NOTE } from "./corrections-sql";
import { topicFacts } from "./data";
import { seedDocument } from "./index";
import { useMigrationTestDatabase } from "./testing";
import { topicFactsSql } from "./topic-facts-sql";

const database = useMigrationTestDatabase("topic_facts");
const run = database.run;

/** Every fact with its topic and citations, ids included. */
const factRows = () =>
  database.db.topicFact.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      topic: { select: { slug: true } },
      kind: true,
      label: true,
      value: true,
      qualifier: true,
      unit: true,
      asOf: true,
      position: true,
      citations: {
        orderBy: { position: "asc" },
        select: {
          source: { select: { slug: true } },
          locator: true,
          quote: true,
          attributedTo: true,
          position: true,
        },
      },
    },
  });

describe("the topic-facts migration", () => {
  it("adds the facts a fresh seed writes, with a noted revision per topic, once", async () => {
    const db = database.db;
    await seedDocument(db);
    const fresh = await factRows();
    expect(fresh).toHaveLength(topicFacts.length);
    expect(fresh.find((f) => f.value === 3400)).toMatchObject({
      qualifier: "over",
      unit: "religious organizations",
      asOf: "2014",
      topic: { slug: "religious-freedom" },
    });

    // As seeded before the facts existed, one topic with an editor's working copy from then.
    await db.topicFact.deleteMany();
    const working = { name: "Children's rights", slug: "childrens-rights", citations: [] };
    await db.topic.update({
      where: { slug: "childrens-rights" },
      data: { pendingChanges: working },
    });
    const topicSlugs = [...new Set(topicFacts.map((f) => f.topic))];
    const before = await db.topic.findMany({
      where: { slug: { in: topicSlugs } },
      select: { id: true, slug: true, version: true },
    });
    const feedBefore = await db.changeLog.count();

    await run(topicFactsSql());
    expect(await factRows()).toEqual(fresh);

    for (const topic of before) {
      const after = await db.topic.findUniqueOrThrow({ where: { id: topic.id } });
      expect(after.version, topic.slug).toBe(topic.version + 1);
      const revisions = await db.revision.findMany({
        where: { entityType: "TOPIC", entityId: topic.id },
      });
      expect(revisions, topic.slug).toHaveLength(1);
      const [revision] = revisions;
      expect(revision).toMatchObject({ version: after.version, note: CORRECTION_NOTE });
      const snapshot = revision!.snapshot as { slug: string; facts: Array<{ label: string }> };
      expect(snapshot.slug).toBe(topic.slug);
      expect(snapshot.facts.map((f) => f.label)).toEqual(
        topicFacts.filter((f) => f.topic === topic.slug).map((f) => f.label),
      );
    }
    // Publishing that working copy must not drop the facts: it has them now.
    const pending = await db.topic.findUniqueOrThrow({ where: { slug: "childrens-rights" } });
    expect(pending.pendingChanges).toMatchObject({
      ...working,
      facts: topicFacts
        .filter((f) => f.topic === "childrens-rights")
        .map((f) => ({ label: f.label, value: f.value ?? null })),
    });
    const feed = await db.changeLog.findMany({ skip: feedBefore });
    expect(feed.map((f) => f.slug).sort()).toEqual([...topicSlugs].sort());
    expect(
      await db.auditLog.count({ where: { action: "seed.correct", entityType: "TOPIC" } }),
    ).toBe(topicSlugs.length);

    // Again: nothing added, no new version or revision.
    await run(topicFactsSql());
    expect(await factRows()).toEqual(fresh);
    expect(await db.revision.count({ where: { entityType: "TOPIC" } })).toBe(topicSlugs.length);
    expect(await db.changeLog.count()).toBe(feedBefore + topicSlugs.length);

    // And the seed run after it keeps the same rows.
    await seedDocument(db);
    expect(await factRows()).toEqual(fresh);
  });
});
