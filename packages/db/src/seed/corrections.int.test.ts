// The data migration of issue 21 on a database seeded before it: every correction lands where the
// seed's old value is still stored, an editor's own value is kept, the removed sources' citations
// end up as a fresh seed has them, and the removed sources go to the trash. Issue 12's migration,
// which then moves the speakers issue 21 wrote into locators to the citations' attributions, runs
// after it as on a real database.
import { describe, expect, it } from "vitest";

import { Prisma } from "../generated/prisma/client";
import { correctionsSql, CORRECTION_NOTE } from "./corrections-sql";
import { corrections, DOCUMENT_SOURCE, removedSources, SECTION } from "./data";
import { seedDocument } from "./index";
import {
  committedMigration,
  revertCorrections,
  sourceAt,
  useMigrationTestDatabase,
} from "./testing";

const moveSpeakersSql = committedMigration("speakers_move_from_locators_to_attributions").sql;

const database = useMigrationTestDatabase("corrections");
const run = database.run;

const AFFECTED = [
  "2014-universal-periodic-review-of-kazakhstan",
  "2014-sixth-eu-kazakhstan-human-rights-dialogue",
  "2018-tenth-eu-kazakhstan-human-rights-dialogue",
  "2020-twelfth-eu-kazakhstan-human-rights-dialogue",
  "2011-zhanaozen-oil-worker-strikes",
  "2006-hare-krishna-evictions",
];

/** Each affected event's and topic's citations, as (source, locator, quote), in order. */
async function citationsOfAffected() {
  const db = database.db;
  const shape = (
    list: Array<{
      source: { slug: string };
      locator: string | null;
      quote: string | null;
      attributedTo: string | null;
    }>,
  ) =>
    list.map((c) => `${c.source.slug} | ${c.locator} | ${c.quote ?? ""} | ${c.attributedTo ?? ""}`);
  const include = {
    citations: { orderBy: { position: "asc" as const }, include: { source: true } },
  };
  const events = await db.event.findMany({ where: { slug: { in: AFFECTED } }, include });
  const topics = await db.topic.findMany({
    where: { slug: { in: ["overview", "human-rights-dialogue"] } },
    include,
  });
  return Object.fromEntries([...events, ...topics].map((r) => [r.slug, shape(r.citations)]));
}

/** Puts back what the seed wrote before issue 21: old values, removed sources and their citations. */
async function asSeededBefore() {
  const db = database.db;
  await revertCorrections(db, run);
  const removed = Object.fromEntries(
    await Promise.all(
      removedSources.map(async (r) => [r.slug, (await sourceAt(db, r.slug)).id] as const),
    ),
  );
  const doc = await db.source.findUniqueOrThrow({ where: { slug: DOCUMENT_SOURCE } });
  const event = (slug: string) => db.event.findUniqueOrThrow({ where: { slug } });
  const topic = (slug: string) => db.topic.findUniqueOrThrow({ where: { slug } });
  /** A citation of a removed source, by the event or topic that cited it. */
  const citing = (
    owner: { eventId: string } | { topicId: string },
    source: string,
    locator: string,
    position: number,
  ) => ({ ...owner, sourceId: removed[source]!, locator, position });
  /** An event's citations of `speaker` back to the removed source the seed cited for them. */
  const unattribute = async (
    slug: string,
    speaker: string,
    source: string,
    data: { locator: string; quote?: null },
  ) =>
    db.citation.updateMany({
      where: { eventId: (await event(slug)).id, attributedTo: speaker },
      data: { sourceId: removed[source], attributedTo: null, ...data },
    });
  await unattribute(
    "2014-universal-periodic-review-of-kazakhstan",
    "national representatives",
    "un-human-rights-council-upr-2014-kazakhstan",
    { locator: SECTION.intro },
  );
  const zhanaozen = await event("2011-zhanaozen-oil-worker-strikes");
  await db.citation.deleteMany({ where: { eventId: zhanaozen.id, attributedTo: { not: null } } });
  const atZhanaozen = { eventId: zhanaozen.id };
  await db.citation.createMany({
    data: [
      citing(atZhanaozen, "zhanaozen-eyewitness-accounts-2011", SECTION.zhanaozen, 1),
      citing(atZhanaozen, "kazakh-government-officials-on-zhanaozen-2011", SECTION.zhanaozen, 2),
    ],
  });
  await unattribute(
    "2006-hare-krishna-evictions",
    "Kazakh officials",
    "kazakh-officials-on-hare-krishna-evictions-2006",
    { locator: SECTION.hareKrishna, quote: null },
  );
  const overview = { topicId: (await topic("overview")).id };
  const dialogue = { topicId: (await topic("human-rights-dialogue")).id };
  const eu2014 = { eventId: (await event("2014-sixth-eu-kazakhstan-human-rights-dialogue")).id };
  const eu2018 = { eventId: (await event("2018-tenth-eu-kazakhstan-human-rights-dialogue")).id };
  await db.citation.createMany({
    data: [
      citing(overview, "un-human-rights-council-upr-2014-kazakhstan", SECTION.intro, 9),
      citing(dialogue, "eu-statement-human-rights-dialogue-2014", SECTION.dialogue, 8),
      citing(dialogue, "eu-statement-human-rights-dialogue-2018", SECTION.dialogue, 9),
      citing(eu2014, "eu-statement-human-rights-dialogue-2014", SECTION.dialogue, 1),
      citing(eu2018, "eu-statement-human-rights-dialogue-2018", SECTION.dialogue, 1),
    ],
  });
  const eu2020 = await event("2020-twelfth-eu-kazakhstan-human-rights-dialogue");
  await db.citation.updateMany({
    where: { eventId: eu2020.id, sourceId: doc.id },
    data: { locator: SECTION.dialogue, quote: null, attributedTo: null },
  });
  await db.citation.updateMany({
    where: { eventId: eu2020.id, sourceId: { not: doc.id } },
    data: { locator: SECTION.dialogue, attributedTo: null },
  });
  return removed;
}

describe("the seed-corrections migration", () => {
  it("corrects a database seeded before, keeps an editor's value, and trashes the removed sources", async () => {
    const db = database.db;
    await seedDocument(db);
    const fresh = await citationsOfAffected();
    const removed = await asSeededBefore();
    expect(await citationsOfAffected()).not.toEqual(fresh);
    // An editor's own title is theirs to keep.
    await db.event.update({
      where: { slug: "2014-minority-religious-groups-fined-and-detained" },
      data: { title: "An editor's title" },
    });
    const feedBefore = await db.changeLog.count();

    await run(correctionsSql());
    // Issue 21 wrote each speaker into the locator; issue 12's migration moves it out, losing nothing.
    const withSpeakers = Object.values(await citationsOfAffected()).flat();
    expect(withSpeakers).toContain(
      `${DOCUMENT_SOURCE} | ${SECTION.zhanaozen} (eyewitnesses) | Eyewitnesses claimed police opened fire on unarmed protesters in the town of Zhanaozen | `,
    );
    // An editor's working copy gets the same move; a locator in parentheses that names no speaker
    // of issue 21's stays.
    const working = [
      { sourceId: "s1", locator: `${SECTION.protests} (eyewitnesses)`, quote: null },
      { sourceId: "s2", locator: "p. 4 (annex)", quote: null },
    ];
    await db.topic.update({
      where: { slug: "overview" },
      data: { pendingChanges: { name: "Overview", citations: working } },
    });
    await run(moveSpeakersSql);
    const pending = await db.topic.findUniqueOrThrow({ where: { slug: "overview" } });
    expect(pending.pendingChanges).toEqual({
      name: "Overview",
      citations: [
        { sourceId: "s1", locator: SECTION.protests, quote: null, attributedTo: "eyewitnesses" },
        working[1],
      ],
    });
    await db.topic.update({ where: { slug: "overview" }, data: { pendingChanges: Prisma.DbNull } });

    const after = await citationsOfAffected();
    expect(after).toEqual(fresh);
    expect(Object.values(after).flat()).toContain(
      `${DOCUMENT_SOURCE} | ${SECTION.zhanaozen} | Eyewitnesses claimed police opened fire on unarmed protesters in the town of Zhanaozen | eyewitnesses`,
    );
    for (const c of corrections.filter((x) => x.record === "event" && x.field === "title")) {
      const row = await db.event.findUniqueOrThrow({ where: { slug: c.slug } });
      expect(row.title).toBe(
        c.slug === "2014-minority-religious-groups-fined-and-detained"
          ? "An editor's title"
          : c.after,
      );
    }
    const TEXT = new Set(["title", "summary", "body", "description", "publisher", "notes", "kind"]);
    const models = { event: db.event, case: db.case, actor: db.actor, source: db.source } as const;
    for (const c of corrections) {
      if (!(c.record in models) || !TEXT.has(c.field)) continue;
      if (c.slug === "2014-minority-religious-groups-fined-and-detained") continue;
      const model = models[c.record as keyof typeof models] as unknown as {
        findUniqueOrThrow(args: { where: { slug: string } }): Promise<Record<string, unknown>>;
      };
      const row = await model.findUniqueOrThrow({ where: { slug: c.slug } });
      expect(row[c.field], `${c.record} ${c.slug} ${c.field}`).toBe(c.after);
    }
    const help = await db.event.findUniqueOrThrow({
      where: { slug: "2019-council-of-europe-help-programme" },
    });
    expect(help).toMatchObject({ endDate: null, lastUpdateNote: CORRECTION_NOTE });
    const zhanaozen = await db.event.findUniqueOrThrow({
      where: { slug: "2011-zhanaozen-oil-worker-strikes" },
      include: { actors: { include: { actor: true } } },
    });
    expect(zhanaozen.actors.find((a) => a.actor.slug === "government-of-kazakhstan")?.role).toBe(
      "according to government officials, police were forced to defend themselves",
    );
    const finding = await db.caseFinding.findFirstOrThrow({
      where: { case: { slug: "whatsapp-group-members-imprisoned" } },
    });
    expect(finding.body).toBe("Working Group on Arbitrary Detention");
    const decree = await db.source.findUniqueOrThrow({
      where: { slug: "presidential-decree-commissioner-for-human-rights-2002" },
    });
    expect(decree.publishedDate).toBeNull();
    expect((await db.place.findUniqueOrThrow({ where: { slug: "astana" } })).otherNames).toEqual(
      [],
    );

    for (const id of Object.values(removed)) {
      const source = await db.source.findUniqueOrThrow({
        where: { id },
        include: { _count: { select: { citations: true } } },
      });
      expect(source).toMatchObject({ status: "ARCHIVED", _count: { citations: 0 } });
      expect(source.deletedAt).not.toBeNull();
    }
    const feed = await db.changeLog.findMany({ skip: feedBefore });
    expect(feed.filter((f) => f.change === "DELETED" && f.entityType === "SOURCE")).toHaveLength(
      removedSources.length,
    );
    expect(
      feed.some((f) => f.change === "UPDATED" && f.slug === "2011-zhanaozen-oil-worker-strikes"),
    ).toBe(true);
    expect(await db.auditLog.count({ where: { action: "seed.correct", entityId: help.id } })).toBe(
      1,
    );

    // Run again, on a database that has them already, issue 12's move changes nothing. (Issue 21's
    // SQL matched locators without speakers, which are now every locator: it ran once, before.)
    await run(moveSpeakersSql);
    expect(await citationsOfAffected()).toEqual(fresh);
  });
});
