// The migration that gives issue 21's corrections their revisions, on a database seeded before the
// corrections: after the corrections migration, each record it corrected gets one revision noted
// with the correction note (as a publication, so the public history lists it), a record an editor
// has changed since gets none, and run again it adds nothing.
import { describe, expect, it } from "vitest";

import { correctionRevisionsSql } from "./correction-revisions-sql";
import { correctionsSql, CORRECTION_NOTE } from "./corrections-sql";
import { SECTION } from "./data";
import { seedDocument } from "./index";
import { revertCorrections, sourceAt, useMigrationTestDatabase } from "./testing";

const database = useMigrationTestDatabase("correction_revisions");
const run = database.run;

/** The seed's values before issue 21, and one citation of a source the document does not name. */
async function asSeededBefore() {
  const db = database.db;
  await revertCorrections(db, run);
  const removed = await sourceAt(db, "eu-statement-human-rights-dialogue-2018");
  await db.citation.create({
    data: {
      event: { connect: { slug: "2018-tenth-eu-kazakhstan-human-rights-dialogue" } },
      source: { connect: { id: removed.id } },
      locator: SECTION.dialogue,
      position: 9,
    },
  });
  return removed;
}

/** What the corrections migration corrected: the records it wrote an audit line for. */
const correctedRecords = () =>
  database.db.auditLog.findMany({
    where: { action: "seed.correct", actorLabel: "system" },
    select: { entityType: true, entityId: true },
  });

const noted = () => database.db.revision.findMany({ where: { note: CORRECTION_NOTE } });

describe("the correction-revisions migration", () => {
  it("gives each corrected record one noted revision, none to an edited one, once", async () => {
    const db = database.db;
    await seedDocument(db);
    const removed = await asSeededBefore();
    await run(correctionsSql());

    const audited = await correctedRecords();
    const types = new Set(audited.map((a) => a.entityType));
    expect([...types].sort()).toEqual(["ACTOR", "CASE", "EVENT", "PLACE", "SOURCE"]);
    expect(audited.some((a) => a.entityId === removed.id)).toBe(true);

    // Since the correction an editor changed one corrected value, and saved another record.
    const retitled = await db.event.update({
      where: { slug: "2014-minority-religious-groups-fined-and-detained" },
      data: { title: "An editor's title" },
    });
    const astana = await db.place.findUniqueOrThrow({ where: { slug: "astana" } });
    await db.revision.create({
      data: {
        entityType: "PLACE",
        entityId: astana.id,
        version: astana.version + 1,
        snapshot: {},
        createdAt: new Date(Date.now() + 1000),
      },
    });
    await db.place.update({ where: { id: astana.id }, data: { version: astana.version + 1 } });
    const edited = new Set([retitled.id, astana.id]);
    const versionOf = async (type: string, id: string) =>
      (
        await db.$queryRawUnsafe<{ version: number }[]>(
          `SELECT version FROM "${type[0]}${type.slice(1).toLowerCase()}" WHERE id = $1`,
          id,
        )
      )[0]!.version;
    const versionsBefore = new Map(
      await Promise.all(
        audited.map(
          async (a) => [a.entityId!, await versionOf(a.entityType!, a.entityId!)] as const,
        ),
      ),
    );
    const feedBefore = await db.changeLog.count();
    const auditBefore = await db.auditLog.count();

    await run(correctionRevisionsSql());

    const revisions = await noted();
    for (const a of audited) {
      const own = revisions.filter(
        (r) => r.entityType === a.entityType && r.entityId === a.entityId,
      );
      const version = await versionOf(a.entityType!, a.entityId!);
      if (edited.has(a.entityId!)) {
        expect(own, `${a.entityType} ${a.entityId}`).toHaveLength(0);
        expect(version).toBe(versionsBefore.get(a.entityId!));
        continue;
      }
      expect(own, `${a.entityType} ${a.entityId}`).toHaveLength(1);
      expect(own[0]!.version).toBe(version);
      expect(version).toBe(versionsBefore.get(a.entityId!)! + 1);
    }
    // No new audit lines or feed entries: the corrections migration wrote those.
    expect(await db.changeLog.count()).toBe(feedBefore);
    expect(await db.auditLog.count()).toBe(auditBefore);

    // A public record's correction is a publication, its snapshot the form the admin loads.
    const zhanaozen = await db.event.findUniqueOrThrow({
      where: { slug: "2011-zhanaozen-oil-worker-strikes" },
      include: {
        topics: { orderBy: { position: "asc" }, select: { topicId: true } },
        places: { orderBy: { placeId: "asc" }, select: { placeId: true } },
        actors: {
          orderBy: [{ actorId: "asc" }, { role: "asc" }],
          select: { actorId: true, role: true },
        },
        citations: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: { sourceId: true, locator: true, quote: true, attributedTo: true },
        },
      },
    });
    const revision = revisions.find((r) => r.entityId === zhanaozen.id)!;
    expect(revision.action).toBe(zhanaozen.status === "PUBLISHED" ? "publish" : "update");
    expect(revision.snapshot).toEqual({
      title: zhanaozen.title,
      slug: zhanaozen.slug,
      summary: zhanaozen.summary,
      body: zhanaozen.body,
      startDate: zhanaozen.startDate.toISOString().slice(0, 10),
      endDate: zhanaozen.endDate?.toISOString().slice(0, 10) ?? null,
      datePrecision: zhanaozen.datePrecision.toLowerCase(),
      topicIds: zhanaozen.topics.map((t) => t.topicId),
      placeIds: zhanaozen.places.map((p) => p.placeId),
      actors: zhanaozen.actors,
      citations: zhanaozen.citations,
      workflowStatus: zhanaozen.status,
      publishAt: null,
      inTrash: false,
    });
    // The removed source, in the trash, gets its move there.
    const trashed = revisions.find((r) => r.entityId === removed.id)!;
    expect(trashed).toMatchObject({ action: "trash", snapshot: { inTrash: true } });

    // Again: nothing added.
    await run(correctionRevisionsSql());
    expect(await noted()).toEqual(revisions);
    for (const a of audited)
      expect(await versionOf(a.entityType!, a.entityId!)).toBe(
        versionsBefore.get(a.entityId!)! + (edited.has(a.entityId!) ? 0 : 1),
      );
  });
});
