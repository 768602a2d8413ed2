import type { Db, Prisma, Source } from "@kz/db";

import { notFound } from "../errors";
import { publishedEventSummaries, type SiteContext } from "../event/event.service";
import { toIsoDateOrNull } from "../shared/dates";
import { lower } from "../shared/enums";
import { matchingIds } from "../shared/fulltext.sql";
import { cursorPosition, keysetPageOf, textKey } from "../shared/pagination";
import { publishedRating, publishedSource, publishedTopic } from "../shared/visibility";
import { waybackLookupUrl } from "./source-url";
import type {
  SourceBySlugInput,
  SourceDetail,
  SourceListInput,
  SourceListOutput,
  SourceSummary,
} from "./source.schema";

export const toSourceSummary = (s: Source): SourceSummary => ({
  id: s.id,
  slug: s.slug,
  title: s.title,
  publisher: s.publisher,
  kind: lower(s.kind),
  url: s.url,
  publishedDate: toIsoDateOrNull(s.publishedDate),
});

/**
 * Published sources by title, with keyset pagination on (title, id): a page continues from the
 * cursor's position even if the source it was made from is gone.
 */
export async function listSources(db: Db, input: SourceListInput): Promise<SourceListOutput> {
  const after = await cursorPosition(input.cursor, textKey, async (id) => {
    const row = await db.source.findFirst({
      where: { id, ...publishedSource },
      select: { title: true },
    });
    return row && row.title;
  });
  const matching = input.q ? await matchingIds(db, "source", input.q) : null;
  if (matching?.length === 0) return { items: [], nextCursor: null, total: 0 };
  const where: Prisma.SourceWhereInput = {
    ...publishedSource,
    ...(matching ? { id: { in: matching } } : {}),
    ...(input.kind ? { kind: input.kind.toUpperCase() as Source["kind"] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.source.findMany({
      where: after
        ? {
            AND: [
              where,
              { OR: [{ title: { gt: after.key } }, { title: after.key, id: { gt: after.id } }] },
            ],
          }
        : where,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      take: input.limit + 1,
    }),
    db.source.count({ where }),
  ]);
  const { page, nextCursor } = keysetPageOf(rows, input.limit, (s) => s.title);
  return { items: page.map(toSourceSummary), nextCursor, total };
}

/** One published source and the published records that cite it. */
export async function getSourceBySlug(
  db: Db,
  input: SourceBySlugInput,
  ctx: SiteContext,
): Promise<SourceDetail> {
  const source = await db.source.findFirst({ where: { slug: input.slug, ...publishedSource } });
  if (!source) throw notFound("Source");
  const citing = { citations: { some: { sourceId: source.id } } };
  const [events, ratings, topics] = await Promise.all([
    publishedEventSummaries(db, citing, ctx.siteUrl),
    db.rating.findMany({
      where: { ...publishedRating, ...citing },
      orderBy: [{ series: { position: "asc" } }, { series: { name: "asc" } }, { year: "asc" }],
      select: { year: true, series: { select: { slug: true, name: true } } },
    }),
    db.topic.findMany({
      where: { ...publishedTopic, OR: [citing, { facts: { some: citing } }] },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { slug: true, name: true },
    }),
  ]);
  return {
    ...toSourceSummary(source),
    accessedDate: toIsoDateOrNull(source.accessedDate),
    notes: source.notes,
    archiveUrl: source.archiveUrl,
    waybackUrl: source.url ? waybackLookupUrl(source.url) : null,
    events,
    ratings: ratings.map((r) => ({
      series: r.series.slug,
      seriesName: r.series.name,
      year: r.year,
    })),
    topics,
  };
}
