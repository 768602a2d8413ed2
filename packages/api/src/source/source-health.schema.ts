// Sources needing an editor's work, for the admin's dashboard. Client-safe: zod only.
import { z } from "zod";

import { sourceCheckOutput } from "./source.admin.schema";

const sourceRef = z.object({ id: z.string(), slug: z.string(), title: z.string() });

/** Each list has its total and at most `limit` sources, by title. */
const sourcesPage = <Item extends z.ZodType>(item: Item) =>
  z.object({ total: z.number().int(), items: z.array(item) });

export const sourcesNeedingWorkInput = z
  .object({ limit: z.number().int().min(1).max(200).default(20) })
  .default({ limit: 20 });
export type SourcesNeedingWorkInput = z.infer<typeof sourcesNeedingWorkInput>;

export const sourcesNeedingWorkOutput = z.object({
  /** No web address recorded. */
  noUrl: sourcesPage(sourceRef),
  /** The latest check found the address broken or unreachable. */
  failing: sourcesPage(sourceRef.extend({ check: sourceCheckOutput })),
  /** An address, but no copy in a web archive. */
  noArchive: sourcesPage(sourceRef),
});
export type SourcesNeedingWorkOutput = z.infer<typeof sourcesNeedingWorkOutput>;
