import { createHash, timingSafeEqual } from "node:crypto";

import { z } from "zod";

import { CACHE_TAG_PATTERN } from "@kz/api/cache-tags";

export const MAX_TAGS = 100;

export const revalidateBody = z
  .object({
    tags: z
      .array(z.string().regex(CACHE_TAG_PATTERN, "Not one of the site's cache tags"))
      .min(1)
      .max(MAX_TAGS),
  })
  .strict();

/**
 * Compares the bearer token with the secret in constant time. Both sides are hashed first so the
 * buffers have equal length (`timingSafeEqual` requires it) and the secret's length does not leak.
 */
export function isAuthorized(authorization: string | null, secret: string): boolean {
  const match = /^Bearer (.+)$/.exec(authorization ?? "");
  if (!match?.[1]) return false;
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(match[1]), digest(secret));
}

export interface RevalidateDeps {
  /** Unset: the route is switched off. */
  secret: string | undefined;
  revalidate: (tag: string) => void;
  now?: () => number;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/**
 * POST /api/revalidate, apart from Next: checks the secret before reading the body, validates the
 * tags, and expires each one. Kept free of `next/cache` so it can be tested without a server.
 */
export async function handleRevalidate(request: Request, deps: RevalidateDeps): Promise<Response> {
  if (!deps.secret)
    return json(503, {
      error:
        "Revalidation is not configured: set REVALIDATE_SECRET (at least 32 characters) on the public site.",
    });
  if (!isAuthorized(request.headers.get("authorization"), deps.secret))
    return json(401, { error: "Unauthorized" }, { "WWW-Authenticate": "Bearer" });

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json(400, { error: 'The body must be JSON: { "tags": string[] }' });
  }
  const parsed = revalidateBody.safeParse(body);
  if (!parsed.success)
    return json(400, { error: "Invalid body", issues: z.flattenError(parsed.error) });

  const tags = [...new Set(parsed.data.tags)];
  for (const tag of tags) deps.revalidate(tag);
  return json(200, { revalidated: tags, now: (deps.now ?? Date.now)() });
}
