import type { Prisma } from "@kz/db";

import type { CitationOutput } from "./common.schema";
import { publishedSource } from "./visibility";

/** A record's citations whose source the public may see, in footnote order. */
export const visibleCitations = {
  where: { source: publishedSource },
  orderBy: [{ position: "asc" }, { id: "asc" }],
  select: {
    locator: true,
    quote: true,
    source: { select: { slug: true, title: true, publisher: true, url: true } },
  },
} satisfies Prisma.Event$citationsArgs;

export type VisibleCitation = Prisma.CitationGetPayload<{ select: typeof visibleCitations.select }>;

export const toCitation = (c: VisibleCitation): CitationOutput => ({
  source: c.source,
  locator: c.locator,
  quote: c.quote,
});
