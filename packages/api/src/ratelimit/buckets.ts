import type { ApiLimits, Window } from "./config";
import { addressKey } from "./client-ip";

export interface Bucket {
  key: string;
  window: Window;
}

/** Who a request counts against. Sessions (editors in the admin) are not limited. */
export type Caller =
  { kind: "anonymous" } | { kind: "token"; tokenId: string } | { kind: "session" };

/**
 * The counter a request draws on: its token's, or for anonymous calls its client address's when
 * that is known (TRUST_PROXY=1), else one bucket shared by every anonymous caller — an address
 * read from a header the client controls would let it start a fresh count on every request.
 */
export function bucketOf(caller: Caller, ip: string | null, limits: ApiLimits): Bucket | null {
  switch (caller.kind) {
    case "session":
      return null;
    case "token":
      return { key: `token:${caller.tokenId}`, window: limits.token };
    case "anonymous":
      return ip
        ? { key: `ip:${addressKey(ip)}`, window: limits.public }
        : { key: "anonymous:all", window: limits.publicGlobal };
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
    },
    ...(ip ? [{ key: `login-ip:${addressKey(ip)}`, window: limits.loginAddress }] : []),
    { key: "login-all", window: limits.loginGlobal },
  ];
}
