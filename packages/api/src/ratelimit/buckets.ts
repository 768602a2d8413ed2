import type { ApiLimits, Window } from "./config";
import { addressKey } from "./client-ip";

export interface Bucket {
  key: string;
  window: Window;
  /** The policy's name in the RateLimit and RateLimit-Policy headers. */
  policy: string;
}

/** Who a request counts against. Sessions (editors in the admin) are not limited. */
export type Caller =
  { kind: "anonymous" } | { kind: "token"; tokenId: string } | { kind: "session" };

/** What a call costs the server: a read by key or a short list, or a full-text search. */
export type CallWeight = "read" | "search";

/**
 * The counters a call draws on, narrowest first; it is allowed only if every one allows it, and a
 * bucket that refuses leaves the wider ones untouched (limiter.ts), so a client refused by its own
 * bucket, however hard it keeps trying, spends nothing of everyone's.
 *
 * - a token: its own bucket.
 * - anonymous, with an address (rateLimitAddress): that address's bucket (searches in one of their
 *   own), then the global ceiling every anonymous call shares. One busy client is stopped at its
 *   own limit, long before the ceiling, so it cannot shut out the others.
 * - anonymous, no address at all: the global ceiling alone.
 *
 * Without a trusted proxy the address is the one `next start` wrote, which a client may have
 * forged: a client that forges a fresh address on every call escapes its own bucket but still
 * meets the ceiling. The ceiling is the server's capacity, not a fair share: behind a proxy that
 * writes the address (TRUST_PROXY=1, deploy/nginx.conf), forging gains nothing.
 */
export function apiBuckets(
  caller: Caller,
  address: string | null,
  limits: ApiLimits,
  weight: CallWeight = "read",
): Bucket[] {
  switch (caller.kind) {
    case "session":
      return [];
    case "token":
      return [{ key: `token:${caller.tokenId}`, window: limits.token, policy: "token" }];
    case "anonymous": {
      const everyone: Bucket = {
        key: "anonymous:all",
        window: limits.publicGlobal,
        policy: "everyone",
      };
      if (!address) return [everyone];
      const own: Bucket =
        weight === "search"
          ? { key: `search:${addressKey(address)}`, window: limits.search, policy: "search" }
          : { key: `ip:${addressKey(address)}`, window: limits.public, policy: "address" };
      return [own, everyone];
    }
  }
}

/**
 * What a sign-in attempt counts against, narrowest first: the email from the client's address (the
 * email alone when the address is unknown), the address, and every attempt together.
 */
export function loginBuckets(email: string, ip: string | null, limits: ApiLimits): Bucket[] {
  return [
    // Bounded: the email is not validated yet, and an index entry has a size limit.
    {
      key: `login:${email.trim().toLowerCase().slice(0, 320)}|${ip ? addressKey(ip) : "*"}`,
      window: limits.login,
      policy: "login",
    },
    ...(ip
      ? [
          {
            key: `login-ip:${addressKey(ip)}`,
            window: limits.loginAddress,
            policy: "login-address",
          },
        ]
      : []),
    { key: "login-all", window: limits.loginGlobal, policy: "login-everyone" },
  ];
}
