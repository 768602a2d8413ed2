import type { Db } from "@kz/db";

import type { SourcesNeedingWorkInput, SourcesNeedingWorkOutput } from "./source-health.schema";

const FAILING = new Set(["BROKEN", "UNREACHABLE"]);

/**
 * Sources not in the trash that need an editor: no address, an address whose latest check failed,
 * or no archived copy. Read whole and sorted here: a few hundred rows, with each one's latest check.
 */
export async function sourcesNeedingWork(
  db: Db,
  input: SourcesNeedingWorkInput,
): Promise<SourcesNeedingWorkOutput> {
  const sources = await db.source.findMany({
    where: { deletedAt: null },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      url: true,
      archiveUrl: true,
      checks: { orderBy: { checkedAt: "desc" }, take: 1 },
    },
  });
  const ref = ({ id, slug, title }: (typeof sources)[number]) => ({ id, slug, title });
  const page = <T>(items: T[]) => ({ total: items.length, items: items.slice(0, input.limit) });
  return {
    noUrl: page(sources.filter((s) => !s.url).map(ref)),
    failing: page(
      sources.flatMap((s) => {
        const [check] = s.checks;
        // A check of an address the source no longer has says nothing about it.
        if (!s.url || !check || check.url !== s.url || !FAILING.has(check.result)) return [];
        const { url, result, httpStatus, finalUrl, error, checkedAt } = check;
        return [{ ...ref(s), check: { url, result, httpStatus, finalUrl, error, checkedAt } }];
      }),
    ),
    noArchive: page(sources.filter((s) => s.url && !s.archiveUrl).map(ref)),
  };
}
