// Rate limits and the error contract at the route handler both apps mount, on a real Postgres:
// counts shared across clients (processes) and restarts, forged X-Forwarded-For, trailing slashes,
// batch splitting and batch size, tokens, sign-in, and what an error response may say.
import { createDb, type Db } from "@kz/db";
import { makeUser } from "@kz/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { CurrentUser } from "../current-user";
import { createContext, type Context } from "../context";
import { eventFormInput } from "../testing/admin-caller";
import { useTestDatabaseWithUrl } from "../testing/database";
import { createCaller } from "../root";
import type { Caller } from "./buckets";
import { defaultApiLimits, type ApiLimits } from "./config";
import { bodyLimitOf, DEFAULT_MAX_BODY_BYTES } from "./body-limit";
import { createApiHandler, tokenSentToPublicSite, type Identified } from "./handler";
import { consume } from "./limiter";
import { authenticateWithLimit } from "./login";

const { db, url } = useTestDatabaseWithUrl();
const SITE = "http://localhost";

beforeEach(async () => {
  await db().$executeRaw`DELETE FROM "RateLimit"`;
});

const limits = (overrides: Partial<ApiLimits> = {}): ApiLimits => ({
  ...defaultApiLimits(),
  public: { points: 5, windowSeconds: 60 },
  publicGlobal: { points: 5, windowSeconds: 60 },
  token: { points: 5, windowSeconds: 60 },
  ...overrides,
});

const anonymousContext = (db: Db, ip: string | null): Context =>
  createContext({ db, user: null, siteUrl: SITE, ip });

/** The handler with every caller anonymous, as apps/web mounts it. */
const publicHandler = (l: ApiLimits, client: Db = db()) =>
  createApiHandler({
    db: client,
    limits: l,
    identify: async (_req, ip) => ({
      caller: { kind: "anonymous" },
      context: anonymousContext(client, ip),
    }),
  });

interface TrpcBody {
  error?: { json: { message: string; data: Record<string, unknown> } };
  result?: unknown;
}

async function send(
  handler: (req: Request) => Promise<Response>,
  path: string,
  init: { headers?: Record<string, string>; batch?: number; input?: unknown; method?: string } = {},
) {
  const url = new URL(`${SITE}/api/trpc/${path}`);
  if (init.batch) {
    url.searchParams.set("batch", "1");
    url.searchParams.set(
      "input",
      JSON.stringify(
        Object.fromEntries([...Array(init.batch).keys()].map((i) => [i, { json: {} }])),
      ),
    );
  } else if (init.input !== undefined && init.method !== "POST") {
    url.searchParams.set("input", JSON.stringify({ json: init.input }));
  }
  const response = await handler(
    new Request(url, {
      method: init.method ?? "GET",
      headers: { "content-type": "application/json", ...init.headers },
      ...(init.method === "POST" ? { body: JSON.stringify({ json: init.input }) } : {}),
    }),
  );
  const text = await response.text();
  const json = JSON.parse(text) as TrpcBody | TrpcBody[];
  const first = Array.isArray(json) ? json[0] : json;
  return {
    status: response.status,
    headers: response.headers,
    text,
    json,
    error: first?.error?.json,
  };
}

const batchOf = (n: number) => Array(n).fill("topic.list").join(",");

describe("the counter", () => {
  it("allows exactly the limit under concurrent requests", async () => {
    const window = { points: 20, windowSeconds: 60 };
    const decisions = await Promise.all(
      [...Array(50).keys()].map(() => consume(db(), "test:concurrent", 1, window)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(20);
    expect(Math.max(...decisions.map((d) => d.used))).toBe(50);
  });

  it("is shared by separate connection pools (processes) and survives a restart", async () => {
    const window = { points: 3, windowSeconds: 60 };
    const other = createDb(url(), { max: 1 });
    try {
      expect((await consume(db(), "test:shared", 2, window)).allowed).toBe(true);
      expect((await consume(other, "test:shared", 1, window)).remaining).toBe(0);
    } finally {
      await other.$disconnect();
    }
    // A "restarted" process: a brand-new client sees the same count.
    const restarted = createDb(url(), { max: 1 });
    try {
      const decision = await consume(restarted, "test:shared", 1, window);
      expect(decision.allowed).toBe(false);
      expect(decision.retryAfterSeconds).toBeGreaterThan(0);
      expect(decision.retryAfterSeconds).toBeLessThanOrEqual(60);
    } finally {
      await restarted.$disconnect();
    }
  });

  it("starts a fresh window once the last one has ended", async () => {
    const window = { points: 1, windowSeconds: 1 };
    expect((await consume(db(), "test:window", 1, window)).allowed).toBe(true);
    expect((await consume(db(), "test:window", 1, window)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await consume(db(), "test:window", 1, window)).allowed).toBe(true);
  });
});

describe("anonymous calls without a trusted proxy", () => {
  const roomy = () => publicHandler(limits({ publicGlobal: { points: 100, windowSeconds: 60 } }));
  const from = (address: string) => ({ headers: { "x-forwarded-for": address } });

  it("count per connection address: one busy client is refused, the others are not", async () => {
    const handler = roomy();
    for (let i = 0; i < 5; i++) {
      expect((await send(handler, "topic.list", from("198.51.100.1"))).status).toBe(200);
    }
    const refused = await send(handler, "topic.list", from("198.51.100.1"));
    expect(refused.status).toBe(429);
    expect(refused.error?.data).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      httpStatus: 429,
      retryAfterSeconds: expect.any(Number),
    });
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBe(refused.error?.data.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(0);
    expect(refused.error?.message).toBe(
      `Rate limit exceeded: 5 calls per 60 s. Retry after ${retryAfter} s.`,
    );
    expect(refused.headers.get("ratelimit")).toMatch(/^"address";r=0;t=\d+$/);
    const other = await send(handler, "topic.list", from("198.51.100.2"));
    expect(other.status).toBe(200);
    expect(other.headers.get("ratelimit-policy")).toBe('"address";q=5;w=60, "everyone";q=100;w=60');
    expect(other.headers.get("ratelimit")).toMatch(/^"address";r=4;t=\d+, "everyone";r=94;t=\d+$/);
  });

  it("spend nothing of the shared ceiling once the client's own bucket refuses", async () => {
    const handler = roomy();
    for (let i = 0; i < 30; i++) await send(handler, "topic.list", from("198.51.100.1"));
    const [everyone] = await db().rateLimit.findMany({ where: { key: "anonymous:all" } });
    expect(everyone?.points).toBe(5);
  });

  it("forging a fresh address per call escapes the address bucket but not the ceiling", async () => {
    const handler = publicHandler(limits({ publicGlobal: { points: 8, windowSeconds: 60 } }));
    for (let i = 0; i < 8; i++) {
      expect((await send(handler, "topic.list", from(`203.0.113.${i}`))).status).toBe(200);
    }
    const refused = await send(handler, "topic.list", from("203.0.113.200"));
    expect(refused.status).toBe(429);
    expect(refused.error?.message).toMatch(/8 calls from all anonymous clients together per 60 s/);
  });

  it("count searches in a bucket of their own", async () => {
    const handler = publicHandler(
      limits({
        search: { points: 2, windowSeconds: 60 },
        publicGlobal: { points: 100, windowSeconds: 60 },
      }),
    );
    const search = () =>
      send(handler, "search.query", { ...from("198.51.100.9"), input: { q: "protest" } });
    expect((await search()).status).toBe(200);
    expect((await search()).status).toBe(200);
    const refused = await search();
    expect(refused.status).toBe(429);
    expect(refused.error?.message).toMatch(/2 searches per 60 s/);
    // Reads by the same client are still served.
    expect((await send(handler, "topic.list", from("198.51.100.9"))).status).toBe(200);
  });

  it("count in the shared ceiling alone when no address is known", async () => {
    const handler = publicHandler(limits());
    for (let i = 0; i < 5; i++) expect((await send(handler, "topic.list")).status).toBe(200);
    expect((await send(handler, "topic.list")).status).toBe(429);
  });
});

describe("anonymous calls behind a trusted proxy", () => {
  const trusted = () =>
    publicHandler(limits({ trustProxy: true, publicGlobal: { points: 100, windowSeconds: 60 } }));

  it("count per client address: the proxy's (last) entry, whatever the client put before it", async () => {
    const handler = trusted();
    for (let i = 0; i < 5; i++) {
      const { status } = await send(handler, "topic.list", {
        // The client forges a different address each time; the proxy appends the real one.
        headers: { "x-forwarded-for": `10.0.0.${i}, 192.0.2.1` },
      });
      expect(status).toBe(200);
    }
    const refused = await send(handler, "topic.list", {
      headers: { "x-forwarded-for": "192.0.2.1" },
    });
    expect(refused.status).toBe(429);
    // Another client has its own count.
    const other = await send(handler, "topic.list", {
      headers: { "x-forwarded-for": "192.0.2.2" },
    });
    expect(other.status).toBe(200);
    expect(other.headers.get("x-ratelimit-remaining")).toBe("4");
  });

  it("count an IPv6 client's whole /64 as one", async () => {
    const handler = trusted();
    for (let i = 1; i <= 5; i++) {
      const { status } = await send(handler, "topic.list", {
        headers: { "x-forwarded-for": `2001:db8:1:2::${i}` },
      });
      expect(status).toBe(200);
    }
    const refused = await send(handler, "topic.list", {
      headers: { "x-forwarded-for": "2001:db8:1:2:ffff::9" },
    });
    expect(refused.status).toBe(429);
  });
});

describe("batches", () => {
  it("count each call: splitting calls into batches, or batching them, costs the same", async () => {
    const handler = publicHandler(limits());
    const four = await send(handler, batchOf(4), { batch: 4 });
    expect(four.status).toBe(200);
    expect(four.headers.get("x-ratelimit-remaining")).toBe("1");
    // Two more calls do not fit in the one point left: the whole batch is refused.
    const two = await send(handler, batchOf(2), { batch: 2 });
    expect(two.status).toBe(429);
    expect(two.json).toHaveLength(2);
  });

  it("count unknown procedures too", async () => {
    const handler = publicHandler(limits());
    const calls = ["no.such", "EVENT.LIST", "event.list", "x", "y"].join(",");
    expect((await send(handler, calls, { batch: 5 })).status).toBe(207);
    expect((await send(handler, "topic.list")).status).toBe(429);
  });

  it("are refused with 413 beyond the maximum size, before anything is counted", async () => {
    const handler = publicHandler(limits({ maxBatch: 10 }));
    const eleven = await send(handler, batchOf(11), { batch: 11 });
    expect(eleven.status).toBe(413);
    expect(eleven.error?.message).toBe(
      "A batch may hold at most 10 calls; this one has 11. Send them in smaller batches.",
    );
    expect(eleven.error?.data.code).toBe("PAYLOAD_TOO_LARGE");
    expect((await send(handler, batchOf(5), { batch: 5 })).status).toBe(200);
  });
});

describe("paths", () => {
  it("count a trailing slash like the same call (tRPC trims it)", async () => {
    const handler = publicHandler(limits());
    for (let i = 0; i < 5; i++) {
      const { status } = await send(handler, i % 2 ? "topic.list/" : "topic.list");
      expect(status).toBe(200);
    }
    expect((await send(handler, "topic.list/")).status).toBe(429);
  });
});

describe("token calls", () => {
  const tokenHandler = (l: ApiLimits) =>
    createApiHandler({
      db: db(),
      limits: l,
      identify: async (req, ip): Promise<Identified> => {
        const auth = req.headers.get("authorization") ?? "";
        if (!auth) return { caller: { kind: "anonymous" }, context: anonymousContext(db(), ip) };
        if (auth === "Bearer bad") return { caller: { kind: "anonymous" }, context: null };
        const caller: Caller = { kind: "token", tokenId: auth.slice("Bearer ".length) };
        return { caller, context: anonymousContext(db(), ip) };
      },
    });

  it("count per token, whatever address they come from", async () => {
    const handler = tokenHandler(limits({ trustProxy: true }));
    for (let i = 0; i < 5; i++) {
      const { status } = await send(handler, "topic.list", {
        headers: { authorization: "Bearer token-a", "x-forwarded-for": `192.0.2.${i}` },
      });
      expect(status).toBe(200);
    }
    const refused = await send(handler, "topic.list", {
      headers: { authorization: "Bearer token-a", "x-forwarded-for": "192.0.2.200" },
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    // Another token, and anonymous calls, have their own counts.
    const b = await send(handler, "topic.list", { headers: { authorization: "Bearer token-b" } });
    expect(b.status).toBe(200);
    expect((await send(handler, "topic.list")).status).toBe(200);
  });

  it("with a bad token count as anonymous calls, then answer UNAUTHORIZED", async () => {
    const handler = tokenHandler(limits());
    for (let i = 0; i < 5; i++) {
      const { status, error } = await send(handler, "topic.list", {
        headers: { authorization: "Bearer bad" },
      });
      expect(status).toBe(401);
      expect(error?.data.code).toBe("UNAUTHORIZED");
    }
    expect(
      (await send(handler, "topic.list", { headers: { authorization: "Bearer bad" } })).status,
    ).toBe(429);
  });
});

describe("sign-in", () => {
  const login = limits({ login: { points: 3, windowSeconds: 900 } });

  it("refuses the attempt after the limit, even with the right password, without checking it", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    for (let i = 0; i < 3; i++) {
      const result = await authenticateWithLimit(
        db(),
        { email: user.email, password: "wrong" },
        null,
        login,
      );
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const refused = await authenticateWithLimit(
      db(),
      { email: user.email.toUpperCase(), password },
      null,
      login,
    );
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(800);
    const audit = await db().auditLog.findMany({
      where: { action: "login.rateLimited", actorLabel: user.email },
    });
    expect(audit).toHaveLength(1);
  });

  it("counts per email and client address when the address is known", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    for (let i = 0; i < 3; i++) {
      await authenticateWithLimit(
        db(),
        { email: user.email, password: "wrong" },
        "192.0.2.10",
        login,
      );
    }
    expect(
      await authenticateWithLimit(db(), { email: user.email, password }, "192.0.2.10", login),
    ).toMatchObject({ reason: "rate_limited" });
    expect(
      await authenticateWithLimit(db(), { email: user.email, password }, "192.0.2.11", login),
    ).toMatchObject({ ok: true });
  });

  it("clears the count on a successful sign-in", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    const attempt = (pw: string) =>
      authenticateWithLimit(db(), { email: user.email, password: pw }, null, login);
    await attempt("wrong");
    await attempt("wrong");
    expect(await attempt(password)).toMatchObject({ ok: true });
    await attempt("wrong");
    await attempt("wrong");
    expect(await attempt(password)).toMatchObject({ ok: true });
  });
});

describe("sign-in floods", () => {
  const resetGlobalCount = () => db().rateLimit.deleteMany({ where: { key: "login-all" } });
  beforeEach(resetGlobalCount);
  afterEach(resetGlobalCount);

  it("made-up emails from one address stop at the address's limit; the owner elsewhere still signs in", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    const flood = limits({ loginAddress: { points: 5, windowSeconds: 900 } });
    const from = (ip: string, email: string, pw = "guess") =>
      authenticateWithLimit(db(), { email, password: pw }, ip, flood);
    for (let i = 0; i < 5; i++) {
      expect(await from("192.0.2.30", `made-up-${i}@example.org`)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await from("192.0.2.30", "made-up-5@example.org")).toMatchObject({
      reason: "rate_limited",
    });
    // Refused before any password is checked, the right one included.
    expect(await from("192.0.2.30", user.email, password)).toMatchObject({
      reason: "rate_limited",
    });
    expect(await from("198.51.100.30", user.email, password)).toMatchObject({ ok: true });
    const audit = await db().auditLog.findMany({
      where: { action: "login.rateLimited", ip: "192.0.2.30" },
    });
    expect(audit.map((a) => (a.details as { bucket: string }).bucket)).toEqual([
      "login-ip:192.0.2.30",
    ]);
  });

  it("attempts from many addresses together stop at the global limit", async () => {
    const flood = limits({ loginGlobal: { points: 4, windowSeconds: 60 } });
    const results = [];
    for (let i = 0; i < 6; i++) {
      results.push(
        await authenticateWithLimit(
          db(),
          { email: `spray-${i}@example.org`, password: "guess" },
          `203.0.113.${100 + i}`,
          flood,
        ),
      );
    }
    expect(results.map((r) => (r.ok ? "ok" : r.reason))).toEqual([
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "rate_limited",
      "rate_limited",
    ]);
    // An attempt the global bucket refused did not use up its address's or its email's count.
    const counts = await db().rateLimit.findMany({
      where: { key: { in: ["login-ip:203.0.113.104", "login:spray-4@example.org|203.0.113.104"] } },
    });
    expect(counts.map((c) => c.points)).toEqual([0, 0]);
  });
});

describe("the error contract over HTTP", () => {
  const sessionHandler = (actor: CurrentUser | null, client: Db = db()) =>
    createApiHandler({
      db: db(),
      limits: limits({
        public: { points: 1000, windowSeconds: 60 },
        publicGlobal: { points: 1000, windowSeconds: 60 },
      }),
      identify: async (_req, ip) => ({
        caller: actor ? { kind: "session" } : { kind: "anonymous" },
        context: createContext({ db: client, user: actor, siteUrl: SITE, ip }),
      }),
    });

  it("answers an internal error with a generic message: no stack, no SQL", async () => {
    const sql = 'SELECT "public"."Event"."id" FROM "public"."Event" WHERE secret = 42';
    const failing = new Proxy(db(), {
      get(target, prop, receiver) {
        if (prop === "topic") {
          return {
            findMany: () => Promise.reject(new Error(`Invalid query: ${sql}\n    at db.ts:1:1`)),
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    let response;
    try {
      response = await send(sessionHandler(null, failing), "topic.list");
    } finally {
      console.error = original;
    }
    expect(response.status).toBe(500);
    expect(response.error?.message).toBe("Internal server error");
    expect(response.error?.data).toEqual({
      code: "INTERNAL_SERVER_ERROR",
      httpStatus: 500,
      path: "topic.list",
    });
    expect(response.text).not.toContain("SELECT");
    expect(response.text).not.toContain("stack");
    expect(response.text).not.toContain("db.ts");
    // The real error is logged on the server.
    expect(JSON.stringify(errors.map(String))).toContain("Invalid query");
  });

  it("answers a stale save with 409 and the current version", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const editor: CurrentUser = { id: user.id, email: user.email, name: user.name, role: "EDITOR" };
    const created = await createCaller(
      createContext({ db: db(), user: editor, siteUrl: SITE, ip: null }),
    ).event.admin.create(eventFormInput());
    const handler = sessionHandler(editor);
    const first = await send(handler, "event.admin.update", {
      method: "POST",
      input: { ...eventFormInput(), id: created.id, expectedVersion: 1 },
    });
    expect(first.status).toBe(200);
    const stale = await send(handler, "event.admin.update", {
      method: "POST",
      input: { ...eventFormInput(), id: created.id, expectedVersion: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.error?.data).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
  });

  it("answers bad input with 400 and per-field messages", async () => {
    const { status, error } = await send(sessionHandler(null), "event.list", {
      input: { limit: 0, year: 1 },
    });
    expect(status).toBe(400);
    expect(error?.data.fieldErrors).toMatchObject({
      limit: [expect.any(String)],
      year: [expect.any(String)],
    });
    expect(error?.data).not.toHaveProperty("stack");
    // The message names each field for a person or a log, and is never zod's JSON.
    expect(error?.message).toMatch(/^Invalid input: (limit|year): .+; (limit|year): .+$/);
    expect(error?.message).not.toContain("[");
  });

  it("answers a key the input does not declare with 400 naming it", async () => {
    const { status, error } = await send(publicHandler(limits()), "event.list", {
      input: { limt: 2 },
    });
    expect(status).toBe(400);
    expect(error?.message).toContain("limt: Unknown field");
    expect(Object.keys(error?.data.fieldErrors ?? {})).toEqual(["limt"]);
  });

  it("tells a token without the write scope what it lacks, not a role", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const readOnly = createApiHandler({
      db: db(),
      limits: limits(),
      identify: async (_req, ip) => ({
        caller: { kind: "token", tokenId: `read-only-${user.id}` },
        context: createContext({
          db: db(),
          user: { ...user, role: "VIEWER" },
          siteUrl: SITE,
          ip,
          tokenName: "read only",
          scopes: ["read:drafts"],
        }),
      }),
    });
    const { status, error } = await send(readOnly, "event.admin.create", {
      method: "POST",
      input: eventFormInput(),
    });
    expect(status).toBe(403);
    expect(error?.message).toMatch(/^This token lacks the write scope/);
  });

  it("refuses a token sent to the public site's API, naming the admin's API", async () => {
    const publicSite = createApiHandler({
      db: db(),
      limits: limits(),
      identify: async (req, ip) =>
        req.headers.has("authorization")
          ? {
              caller: { kind: "anonymous" },
              context: null,
              refusal: tokenSentToPublicSite("https://admin.example.org/"),
            }
          : {
              caller: { kind: "anonymous" },
              context: createContext({ db: db(), user: null, siteUrl: SITE, ip }),
            },
    });
    const { status, error } = await send(publicSite, "event.list", {
      headers: { authorization: "Bearer kzr_whatever" },
    });
    expect(status).toBe(401);
    expect(error?.message).toContain("https://admin.example.org/api/trpc");
  });
});

describe("request bodies", () => {
  const handler = () =>
    createApiHandler({
      db: db(),
      limits: limits(),
      identify: async () => {
        identified += 1;
        return { caller: { kind: "session" }, context: null };
      },
    });
  let identified = 0;
  beforeEach(() => {
    identified = 0;
  });
  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    handler()(
      new Request(`${SITE}/api/trpc/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
        duplex: "half",
      } as RequestInit),
    );
  const padded = (bytes: number) => JSON.stringify({ json: { pad: "x".repeat(bytes) } });

  it(`over ${DEFAULT_MAX_BODY_BYTES} bytes are refused with 413 before the caller is identified`, async () => {
    const response = await post("source.admin.create", padded(DEFAULT_MAX_BODY_BYTES + 10));
    expect(response.status).toBe(413);
    const body = (await response.json()) as TrpcBody;
    expect(body.error?.json.message).toMatch(/larger than this call accepts \(1,000,000 bytes\)/);
    expect(identified).toBe(0);
  });

  it("declaring a Content-Length over the limit are refused without being read", async () => {
    // The body itself is two bytes: only the declared length can be what refuses it.
    const response = await post("source.admin.create", "{}", { "content-length": "50000000" });
    expect(response.status).toBe(413);
    expect(identified).toBe(0);
  });

  it("whose upload breaks off get a 400 that says so, not a 500", async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error("connection reset"));
      },
    });
    const response = await post("source.admin.create", broken);
    expect(response.status).toBe(400);
    const body = (await response.json()) as TrpcBody;
    expect(body.error?.json.message).toMatch(/upload broke off/);
    expect(identified).toBe(0);
  });

  it("sent without a Content-Length (chunked) are cut off at the limit, not read whole", async () => {
    const chunk = new TextEncoder().encode("x".repeat(100_000));
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        // 50 MB if nobody stopped reading.
        if (sent > 50_000_000) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await post("source.admin.create", endless);
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(2 * DEFAULT_MAX_BODY_BYTES);
  });

  it("may be larger for a procedure that declares it: the ratings import's CSV", async () => {
    expect(bodyLimitOf(`${SITE}/api/trpc/rating.importPreview`, "/api/trpc")).toBe(5_000_000);
    // A batch is one body: the smallest limit of its calls.
    expect(bodyLimitOf(`${SITE}/api/trpc/rating.importPreview,topic.list`, "/api/trpc")).toBe(
      DEFAULT_MAX_BODY_BYTES,
    );
    const response = await post("rating.importPreview", padded(2_000_000));
    // Past the body limit: refused for who is asking (no session here), not for the size.
    expect(response.status).toBe(401);
    expect(identified).toBe(1);
  });
});
