import type { Db, Prisma } from "@kz/db";

import type { CitationData, CitationEditOutput } from "./admin.schema";
import type { Tx } from "./tx";

/** Citations with the summary of their sources, for the citation editor: one query. */
export async function citationsWithSources(
  db: Db | Tx,
  citations: CitationData[],
): Promise<CitationEditOutput[]> {
  const sources = await db.source.findMany({
    where: { id: { in: citations.map((c) => c.sourceId) } },
    select: { id: true, slug: true, title: true, publisher: true, status: true, deletedAt: true },
  });
  const byId = new Map(sources.map((s) => [s.id, s]));
  return citations.map((c) => {
    const s = byId.get(c.sourceId);
    return {
      ...c,
      source: s
        ? {
            id: s.id,
            slug: s.slug,
            title: s.title,
            publisher: s.publisher,
            status: s.status,
            inTrash: s.deletedAt !== null,
          }
        : null,
    };
  });
}

/** A record's citations as its form holds them, in footnote order. */
export const citationSelect = {
  orderBy: [{ position: "asc" }, { id: "asc" }],
  select: {
    sourceId: true,
    locator: true,
    quote: true,
    attributedTo: true,
  },
} satisfies Prisma.Topic$citationsArgs;
