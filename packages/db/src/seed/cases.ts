// Seeds the document's cases (data/cases.ts): upserted by slug, published, and their people,
// events, topics, timeline, findings and citations replaced, so running it again changes nothing.
import type { Prisma } from "../generated/prisma/client";
import { cases } from "./data";
import type { IsoDate, SeedCitation } from "./types";

type Tx = Prisma.TransactionClient;

export interface CaseSeedIds {
  sources: Map<string, string>;
  actors: Map<string, string>;
  events: Map<string, string>;
  topics: Map<string, string>;
}

const toDate = (iso: IsoDate): Date => new Date(`${iso}T00:00:00.000Z`);

function idOf(ids: Map<string, string>, slug: string, what: string, owner: string): string {
  const id = ids.get(slug);
  if (!id) throw new Error(`Seed data: case ${owner} refers to unknown ${what} "${slug}"`);
  return id;
}

/** Writes every seeded case; returns each slug's id, how many were created and updated, and citations written. */
export async function seedCases(
  tx: Tx,
  ids: CaseSeedIds,
  now: Date,
): Promise<{ ids: Map<string, string>; created: number; updated: number; citations: number }> {
  const existing = new Map(
    (
      await tx.case.findMany({
        where: { slug: { in: cases.map((c) => c.slug) } },
        select: { id: true, slug: true, publishedAt: true },
      })
    ).map((row) => [row.slug, row]),
  );
  const caseIds = new Map<string, string>();
  const citations: Prisma.CitationCreateManyInput[] = [];
  const cited = (list: readonly SeedCitation[], owner: string) =>
    list.map((c, position) => ({
      sourceId: idOf(ids.sources, c.source, "source", owner),
      locator: c.locator ?? null,
      quote: c.quote ?? null,
      attributedTo: c.attributedTo ?? null,
      position,
    }));
  for (const c of cases) {
    const last = c.entries.at(-1)!;
    const data = {
      slug: c.slug,
      title: c.title,
      kind: c.kind,
      summary: c.summary,
      unnamedCount: c.unnamedCount ?? 0,
      lastStatus: last.status,
      lastStatusDate: toDate(last.date),
      status: "PUBLISHED" as const,
    };
    const row = existing.get(c.slug);
    const { id } = row
      ? await tx.case.update({
          where: { id: row.id },
          data: { ...data, publishedAt: row.publishedAt ?? now },
          select: { id: true },
        })
      : await tx.case.create({ data: { ...data, publishedAt: now }, select: { id: true } });
    caseIds.set(c.slug, id);
    await tx.caseActor.deleteMany({ where: { caseId: id } });
    await tx.caseEvent.deleteMany({ where: { caseId: id } });
    await tx.caseTopic.deleteMany({ where: { caseId: id } });
    await tx.caseEntry.deleteMany({ where: { caseId: id } });
    await tx.caseFinding.deleteMany({ where: { caseId: id } });
    await tx.caseActor.createMany({
      data: c.people.map((slug, position) => ({
        caseId: id,
        actorId: idOf(ids.actors, slug, "actor", c.slug),
        position,
      })),
    });
    await tx.caseEvent.createMany({
      data: c.events.map((slug) => ({
        caseId: id,
        eventId: idOf(ids.events, slug, "event", c.slug),
      })),
    });
    await tx.caseTopic.createMany({
      data: c.topics.map((slug) => ({
        caseId: id,
        topicId: idOf(ids.topics, slug, "topic", c.slug),
      })),
    });
    for (const [position, e] of c.entries.entries()) {
      const entry = await tx.caseEntry.create({
        data: {
          caseId: id,
          position,
          date: toDate(e.date),
          datePrecision: e.datePrecision,
          status: e.status,
          term: e.term ?? null,
          note: e.note,
        },
        select: { id: true },
      });
      citations.push(...cited(e.citations, c.slug).map((x) => ({ ...x, caseEntryId: entry.id })));
    }
    for (const [position, f] of (c.findings ?? []).entries()) {
      const finding = await tx.caseFinding.create({
        data: {
          caseId: id,
          position,
          body: f.body,
          finding: f.finding,
          date: f.date ? toDate(f.date) : null,
          datePrecision: f.datePrecision ?? "DAY",
        },
        select: { id: true },
      });
      citations.push(
        ...cited(f.citations, c.slug).map((x) => ({ ...x, caseFindingId: finding.id })),
      );
    }
  }
  await tx.citation.createMany({ data: citations });
  return {
    ids: caseIds,
    created: cases.length - existing.size,
    updated: existing.size,
    citations: citations.length,
  };
}
