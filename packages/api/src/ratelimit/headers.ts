// The limits a response was counted against, in the IETF's RateLimit header fields
// (draft-ietf-httpapi-ratelimit-headers, versions 08 to 11: each policy a Structured Field item
// named by a string, `q` its quota and `w` its window in seconds; in RateLimit, `r` what remains
// and `t` the seconds until it is restored), and in the older X-RateLimit-* pair that clients of
// this API already read.
import type { Bucket } from "./buckets";
import type { BucketDecision } from "./limiter";

const item = (bucket: Bucket) => `"${bucket.policy}"`;

/** `"address";q=300;w=60, "everyone";q=60000;w=60`: the policies a call is counted against. */
export function rateLimitPolicy(buckets: readonly Bucket[]): string {
  return buckets
    .map((b) => `${item(b)};q=${b.window.points};w=${b.window.windowSeconds}`)
    .join(", ");
}

/**
 * RateLimit-Policy, RateLimit and X-RateLimit-Limit/-Remaining for these decisions; the X- pair
 * describes the bucket closest to refusing, which is what a client should pace itself by.
 */
export function rateLimitHeaders(decisions: readonly BucketDecision[]): Record<string, string> {
  if (decisions.length === 0) return {};
  const tightest = decisions.reduce((a, b) => (b.remaining < a.remaining ? b : a));
  return {
    "RateLimit-Policy": rateLimitPolicy(decisions.map((d) => d.bucket)),
    RateLimit: decisions
      .map((d) => `${item(d.bucket)};r=${d.remaining};t=${d.retryAfterSeconds}`)
      .join(", "),
    "X-RateLimit-Limit": String(tightest.limit),
    "X-RateLimit-Remaining": String(tightest.remaining),
  };
}

/** The decision that refused a call (the narrowest bucket over its limit). */
export const refusingDecision = (decisions: readonly BucketDecision[]) =>
  decisions.find((d) => !d.allowed) ?? decisions.at(-1);

/** The 429's message: which limit, and when to come back. */
export function refusalMessage(decision: BucketDecision): string {
  const what =
    decision.bucket.policy === "search"
      ? "searches"
      : decision.bucket.policy === "everyone"
        ? "calls from all anonymous clients together"
        : "calls";
  return `Rate limit exceeded: ${decision.limit} ${what} per ${decision.bucket.window.windowSeconds} s. Retry after ${decision.retryAfterSeconds} s.`;
}
