import { revalidateTag } from "next/cache";

import { env } from "../../../env";
import { handleRevalidate } from "../../../server/revalidate";

/**
 * Called by the admin after a publish. `{ expire: 0 }` rather than the "max" profile: stale data
 * must not be served even once after a publish, so the next request for a tag waits for fresh
 * data. (`updateTag` has that meaning too but works only in Server Actions, not Route Handlers.)
 */
export function POST(request: Request) {
  return handleRevalidate(request, {
    secret: env.REVALIDATE_SECRET,
    revalidate: (tag) => revalidateTag(tag, { expire: 0 }),
  });
}
