import type { Prisma } from "@kz/db";

import type { CitationOutput } from "./common.schema";
import { publishedActor, publishedSource } from "./visibility";

/** A record's citations whose source the public may see, in footnote order. */
export const visibleCitations = {
  where: { source: publishedSource },
  orderBy: [{ position: "asc" }, { id: "asc" }],
  select: {
    locator: true,
    quote: true,
    attributedTo: true,
    attributedActor: { select: { slug: true, name: true, status: true, deletedAt: true } },
    source: { select: { slug: true, title: true, publisher: true, url: true } },
  },
} satisfies Prisma.Event$citationsArgs;

export type VisibleCitation = Prisma.CitationGetPayload<{ select: typeof visibleCitations.select }>;

/** An actor in an attribution is linked only while the public may see it. */
const isPublished = (a: { status: string; deletedAt: Date | null }) =>
  a.status === publishedActor.status && a.deletedAt === publishedActor.deletedAt;

export const toCitation = (c: VisibleCitation): CitationOutput => ({
  source: c.source,
  locator: c.locator,
  quote: c.quote,
  attributedTo: c.attributedTo,
  attributedActor:
    c.attributedActor && isPublished(c.attributedActor)
      ? { slug: c.attributedActor.slug, name: c.attributedActor.name }
      : null,
});
