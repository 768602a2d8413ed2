import { describe, expect, it } from "vitest";
import { z } from "zod";

import { apiBuckets, loginBuckets } from "./buckets";
import { addressKey, clientIp, rateLimitAddress } from "./client-ip";
import { apiLimitsEnv, apiLimitsOf, defaultApiLimits, windowSpec } from "./config";
import { rateLimitHeaders, refusalMessage, refusingDecision } from "./headers";
import type { BucketDecision } from "./limiter";

describe("windowSpec", () => {
  it("reads <points>/<duration>", () => {
    expect(windowSpec.parse("300/1m")).toEqual({ points: 300, windowSeconds: 60 });
    expect(windowSpec.parse("10/15m")).toEqual({ points: 10, windowSeconds: 900 });
    expect(windowSpec.parse(" 5/30s ")).toEqual({ points: 5, windowSeconds: 30 });
    expect(windowSpec.parse("1000/1h")).toEqual({ points: 1000, windowSeconds: 3600 });
  });

  it.each(["300", "300/m", "0/1m", "300/0s", "-1/1m", "1.5/1m", "300 per minute"])(
    "refuses %j",
    (spec) => {
      expect(windowSpec.safeParse(spec).success).toBe(false);
    },
  );
});

describe("the env", () => {
  it("has sane defaults", () => {
    expect(defaultApiLimits()).toEqual({
      trustProxy: false,
      public: { points: 300, windowSeconds: 60 },
      publicGlobal: { points: 60000, windowSeconds: 60 },
      search: { points: 60, windowSeconds: 60 },
      token: { points: 600, windowSeconds: 60 },
      login: { points: 10, windowSeconds: 900 },
      loginAddress: { points: 30, windowSeconds: 900 },
      loginGlobal: { points: 60, windowSeconds: 60 },
      maxBatch: 10,
    });
  });

  it("reads every setting", () => {
    const env = z.object(apiLimitsEnv).parse({
      TRUST_PROXY: "1",
      RATE_LIMIT_PUBLIC: "60/1m",
      RATE_LIMIT_PUBLIC_GLOBAL: "600/1m",
      RATE_LIMIT_SEARCH: "10/1m",
      RATE_LIMIT_TOKEN: "120/1m",
      RATE_LIMIT_LOGIN: "5/1h",
      RATE_LIMIT_LOGIN_ADDRESS: "20/30m",
      RATE_LIMIT_LOGIN_GLOBAL: "100/1m",
      API_MAX_BATCH: "20",
    });
    expect(apiLimitsOf(env)).toEqual({
      trustProxy: true,
      public: { points: 60, windowSeconds: 60 },
      publicGlobal: { points: 600, windowSeconds: 60 },
      search: { points: 10, windowSeconds: 60 },
      token: { points: 120, windowSeconds: 60 },
      login: { points: 5, windowSeconds: 3600 },
      loginAddress: { points: 20, windowSeconds: 1800 },
      loginGlobal: { points: 100, windowSeconds: 60 },
      maxBatch: 20,
    });
    expect(z.object(apiLimitsEnv).safeParse({ TRUST_PROXY: "yes" }).success).toBe(false);
    expect(z.object(apiLimitsEnv).safeParse({ API_MAX_BATCH: "0" }).success).toBe(false);
  });
});

describe("clientIp", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted: the client may have written it", () => {
    expect(clientIp("203.0.113.9", false)).toBeNull();
    expect(clientIp("203.0.113.9, 198.51.100.1", false)).toBeNull();
  });

  it("behind a trusted proxy, reads the last entry: the one the proxy wrote", () => {
    expect(clientIp("203.0.113.9", true)).toBe("203.0.113.9");
    expect(clientIp("1.1.1.1, 2.2.2.2,  198.51.100.1 ", true)).toBe("198.51.100.1");
    expect(clientIp("::ffff:198.51.100.1", true)).toBe("198.51.100.1");
    expect(clientIp("2001:DB8::1", true)).toBe("2001:db8::1");
  });

  it("gives up on what is not an address", () => {
    expect(clientIp(null, true)).toBeNull();
    expect(clientIp("", true)).toBeNull();
    expect(clientIp("203.0.113.9, unknown", true)).toBeNull();
    expect(clientIp("203.0.113.9:443", true)).toBeNull();
  });
});

describe("rateLimitAddress", () => {
  it("reads the last entry whether or not a proxy is trusted: next start writes the socket's", () => {
    expect(rateLimitAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitAddress("10.0.0.1, ::ffff:198.51.100.1")).toBe("198.51.100.1");
    expect(rateLimitAddress("unknown")).toBeNull();
    expect(rateLimitAddress(null)).toBeNull();
  });
});

describe("addressKey", () => {
  it("keeps IPv4 addresses and groups IPv6 ones by /64", () => {
    expect(addressKey("198.51.100.1")).toBe("198.51.100.1");
    expect(addressKey("2001:db8::1")).toBe("2001:0db8:0000:0000::/64");
    expect(addressKey("2001:db8:0:0:ffff::2")).toBe("2001:0db8:0000:0000::/64");
    expect(addressKey("2001:db8:a:b:1:2:3:4")).toBe("2001:0db8:000a:000b::/64");
    expect(addressKey("::1")).toBe("0000:0000:0000:0000::/64");
  });
});

describe("buckets", () => {
  const limits = defaultApiLimits();

  it("counts tokens per token, anonymous callers per address and then all together", () => {
    expect(apiBuckets({ kind: "token", tokenId: "t1" }, "198.51.100.1", limits)).toEqual([
      { key: "token:t1", window: limits.token, policy: "token" },
    ]);
    const everyone = { key: "anonymous:all", window: limits.publicGlobal, policy: "everyone" };
    expect(apiBuckets({ kind: "anonymous" }, "198.51.100.1", limits)).toEqual([
      { key: "ip:198.51.100.1", window: limits.public, policy: "address" },
      everyone,
    ]);
    expect(apiBuckets({ kind: "anonymous" }, "2001:db8::1", limits, "search")).toEqual([
      { key: "search:2001:0db8:0000:0000::/64", window: limits.search, policy: "search" },
      everyone,
    ]);
    expect(apiBuckets({ kind: "anonymous" }, null, limits)).toEqual([everyone]);
    expect(apiBuckets({ kind: "session" }, null, limits)).toEqual([]);
  });

  it("counts sign-ins per normalised email and address, per address, and all together", () => {
    expect(loginBuckets(" Editor@Example.org ", "198.51.100.1", limits)).toEqual([
      { key: "login:editor@example.org|198.51.100.1", window: limits.login, policy: "login" },
      { key: "login-ip:198.51.100.1", window: limits.loginAddress, policy: "login-address" },
      { key: "login-all", window: limits.loginGlobal, policy: "login-everyone" },
    ]);
    // An unknown address: the email alone, then everyone (no bucket a client could pick freely).
    expect(loginBuckets("editor@example.org", null, limits).map((b) => b.key)).toEqual([
      "login:editor@example.org|*",
      "login-all",
    ]);
    expect(loginBuckets("x".repeat(100_000), null, limits)[0]!.key.length).toBeLessThan(400);
  });
});

describe("the RateLimit headers", () => {
  const limits = defaultApiLimits();
  const [own, everyone] = apiBuckets({ kind: "anonymous" }, "198.51.100.1", limits);
  const decision = (bucket: typeof own, used: number, t: number): BucketDecision => ({
    bucket: bucket!,
    allowed: used <= bucket!.window.points,
    used,
    limit: bucket!.window.points,
    remaining: Math.max(0, bucket!.window.points - used),
    retryAfterSeconds: t,
  });

  it("name every policy with its quota and window, and what remains of each", () => {
    const headers = rateLimitHeaders([decision(own, 40, 30), decision(everyone, 59990, 12)]);
    expect(headers["RateLimit-Policy"]).toBe('"address";q=300;w=60, "everyone";q=60000;w=60');
    expect(headers.RateLimit).toBe('"address";r=260;t=30, "everyone";r=10;t=12');
    // The old pair describes the bucket closest to refusing.
    expect(headers["X-RateLimit-Limit"]).toBe("60000");
    expect(headers["X-RateLimit-Remaining"]).toBe("10");
    expect(rateLimitHeaders([])).toEqual({});
  });

  it("say which limit refused a call", () => {
    const refused = [decision(own, 301, 25)];
    expect(refusingDecision(refused)?.bucket.policy).toBe("address");
    expect(refusalMessage(refusingDecision(refused)!)).toBe(
      "Rate limit exceeded: 300 calls per 60 s. Retry after 25 s.",
    );
    expect(
      refusalMessage(refusingDecision([decision(own, 3, 1), decision(everyone, 60001, 9)])!),
    ).toMatch(/60000 calls from all anonymous clients together per 60 s/);
  });
});
