// The client package against the running apps: `next start` builds of the public site and the
// admin on spare ports, over a fresh migrated and seeded database. A separate Node process (tsx)
// uses the client as another program would; then the rate limits are checked over real HTTP,
// including the ways around them (forged X-Forwarded-For, path case, trailing slash, batches).
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { createCaller, createContext, type CurrentUser } from "@kz/api";
import { seedDocument } from "@kz/db/seed";
import { createTestDatabase, makeUser, type TestDatabase } from "@kz/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { buildReason } from "../../../scripts/lib/build";
import { isPortFree } from "../../../scripts/lib/ports";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const tsxBin = path.join(root, "node_modules/.bin/tsx");

const TOPIC = "protests";
/** Anonymous calls per minute: enough for examples/mirror.ts to copy the seeded record. */
const GLOBAL = 200;
const LIMITS = {
  RATE_LIMIT_PUBLIC_GLOBAL: `${GLOBAL}/1m`,
  RATE_LIMIT_TOKEN: "15/1m",
  RATE_LIMIT_LOGIN: "3/15m",
  API_MAX_BATCH: "10",
  TRUST_PROXY: "0",
};

let database: TestDatabase;
let web: string;
let admin: string;
const servers: { name: string; child: ChildProcess; output: string[] }[] = [];
const tokens: Record<"write" | "read" | "revoked" | "expired", string> = {
  write: "",
  read: "",
  revoked: "",
  expired: "",
};
let editor: { email: string; password: string };

/** A port nothing listens on: `preferred` if free, else one the system picks. */
async function freePort(preferred: number): Promise<number> {
  if (await isPortFree(preferred)) return preferred;
  const server = net.createServer().listen(0);
  await once(server, "listening");
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    const out: string[] = [];
    const err: string[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d.toString()));
    child.stderr.on("data", (d: Buffer) => err.push(d.toString()));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve(out.join(""))
        : reject(
            new Error(
              `${command} ${args.join(" ")} exited ${code}:\n${err.join("")}${out.join("")}`,
            ),
          ),
    );
  });
}

/** `next start` in its own process group, so that stopping it stops its next-server child too. */
function startApp(app: "web" | "admin", port: number, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
    cwd: path.join(root, "apps", app),
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
  servers.push({ name: app, child, output });
}

/** Waits until the page answers (not an API route: polling must not use up a rate limit). */
async function waitUntilUp(url: string, name: string): Promise<void> {
  const server = servers.find((s) => s.name === name)!;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null)
      throw new Error(`${name} exited:\n${server.output.join("")}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not start in time:\n${server.output.join("")}`);
}

async function stopServers(): Promise<void> {
  await Promise.all(
    servers.map(async ({ child }) => {
      if (child.pid === undefined || child.exitCode !== null) return;
      const exited = once(child, "exit");
      const kill = (signal: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // already gone
        }
      };
      kill("SIGTERM");
      const timer = setTimeout(() => kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
      // The group's other members (next-server) may outlive the parent by a moment.
      kill("SIGKILL");
    }),
  );
}

beforeAll(async () => {
  const reason = await buildReason(root);
  if (reason) {
    console.log(`Building the apps (${reason})…`);
    await run("npx", ["turbo", "run", "build", "--filter=@kz/web", "--filter=@kz/admin"], {
      ...process.env,
      NODE_ENV: "production",
    });
  }

  database = await createTestDatabase("kz_client");
  await seedDocument(database.db);
  const { user, password } = await makeUser(database.db, { role: "EDITOR" });
  editor = { email: user.email, password };
  const actor: CurrentUser = { id: user.id, email: user.email, name: user.name, role: "EDITOR" };
  const session = createCaller(
    createContext({ db: database.db, user: actor, siteUrl: "http://localhost", ip: null }),
  );
  tokens.write = (await session.token.create({ name: "partner-import", scopes: ["write"] })).token;
  tokens.read = (await session.token.create({ name: "read-only", scopes: [] })).token;
  const revoked = await session.token.create({ name: "revoked", scopes: ["write"] });
  await session.token.revoke({ id: revoked.id });
  tokens.revoked = revoked.token;
  const expired = await session.token.create({
    name: "expired",
    scopes: ["write"],
    expiresAt: new Date(Date.now() + 60_000),
  });
  await database.db.apiToken.update({
    where: { id: expired.id },
    data: { expiresAt: new Date(Date.now() - 1_000) },
  });
  tokens.expired = expired.token;

  const webPort = await freePort(3300);
  const adminPort = await freePort(webPort === 3300 ? 3301 : webPort + 1);
  web = `http://127.0.0.1:${webPort}`;
  admin = `http://127.0.0.1:${adminPort}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    AUTH_SECRET: "client-int-test-secret-client-int-test-secret",
    REVALIDATE_SECRET: "client-int-test-revalidate-secret-client-int",
    PUBLIC_SITE_URL: web,
    ADMIN_URL: admin,
    NEXTAUTH_URL: admin,
    ...LIMITS,
  };
  startApp("web", webPort, env);
  startApp("admin", adminPort, env);
  await Promise.all([
    waitUntilUp(`${web}/robots.txt`, "web"),
    waitUntilUp(`${admin}/login`, "admin"),
  ]);
}, 600_000);

afterAll(async () => {
  await stopServers();
  await database?.drop();
}, 60_000);

interface ScenarioResult {
  pages: { slugs: string[]; total: number }[];
  topics: string[][];
  dates: string[];
  year: { total: number; years: string[] };
  detail: { slug: string; citations: number };
  search: string[];
  badInput: { code: string | null; fields: string[] };
  missing: string;
  created: { id: string; status: string; version: number };
  readOnlyRead: string;
  readOnlyWrite: string;
  revoked: string;
  expired: string;
  tokenOnPublicSite: string;
}

describe("@kz/client in another process, against next start", () => {
  it("reads with filters and pagination, writes with a write token, and is refused otherwise", async () => {
    const title = `Draft from a partner ${Date.now()}`;
    const stdout = await run(tsxBin, [path.join(root, "packages/client/src/testing/scenario.ts")], {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      WEB_URL: web,
      ADMIN_URL: admin,
      TOPIC,
      DRAFT_TITLE: title,
      WRITE_TOKEN: tokens.write,
      READ_TOKEN: tokens.read,
      REVOKED_TOKEN: tokens.revoked,
      EXPIRED_TOKEN: tokens.expired,
    });
    const result = JSON.parse(stdout.trim().split("\n").at(-1)!) as ScenarioResult;

    // What the same query answers in-process, all at once.
    const api = createCaller(
      createContext({ db: database.db, user: null, siteUrl: web, ip: null }),
    );
    const all = await api.event.list({ topic: TOPIC, order: "asc", limit: 100 });
    expect(all.total).toBeGreaterThan(3);
    expect(result.pages.length).toBe(Math.ceil(all.total / 3));
    expect(result.pages.every((p) => p.slugs.length <= 3 && p.total === all.total)).toBe(true);
    expect(result.pages.flatMap((p) => p.slugs)).toEqual(all.items.map((e) => e.slug));
    expect(result.topics.every((t) => t.includes(TOPIC))).toBe(true);
    expect(result.dates).toEqual([...result.dates].sort());
    expect(result.year.years).toEqual(["2011"]);
    expect(result.year.total).toBe((await api.event.list({ year: 2011, limit: 100 })).total);
    expect(result.detail.slug).toBe(all.items[0]!.slug);
    expect(result.detail.citations).toBeGreaterThan(0);
    expect(result.search.length).toBeGreaterThan(0);
    expect(result.badInput).toEqual({ code: "BAD_REQUEST", fields: ["limit"] });
    expect(result.missing).toBe("NOT_FOUND");

    expect(result.created).toMatchObject({ status: "DRAFT", version: 1 });
    const row = await database.db.event.findUnique({ where: { id: result.created.id } });
    expect(row).toMatchObject({ title, status: "DRAFT" });
    const audit = await database.db.auditLog.findFirst({
      where: { action: "event.create", entityId: result.created.id },
    });
    expect(audit?.actorLabel).toBe("token:partner-import");

    expect(result.readOnlyRead).toBe("ok");
    expect(result.readOnlyWrite).toBe("FORBIDDEN");
    expect(result.revoked).toBe("UNAUTHORIZED");
    expect(result.expired).toBe("UNAUTHORIZED");
    expect(result.tokenOnPublicSite).toBe("UNAUTHORIZED");
  }, 120_000);
});

describe("examples/", () => {
  const example = (script: string, args: string[], env: Record<string, string>) =>
    run(tsxBin, [path.join(root, "examples", script), ...args], {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...env,
    });

  it("lists a topic's events, creates a draft with a token, and mirrors the record", async () => {
    await database.db.$executeRaw`DELETE FROM "RateLimit"`;
    const api = createCaller(
      createContext({ db: database.db, user: null, siteUrl: web, ip: null }),
    );
    const total = (await api.event.list({ topic: TOPIC, limit: 1 })).total;
    const listed = await example("list-events-by-topic.ts", [TOPIC], { API_URL: web });
    expect(listed).toContain(`\n${total} event(s)`);

    const created = await example("create-draft-event.ts", ["Example draft", "2024-03-08"], {
      ADMIN_URL: admin,
      API_TOKEN: tokens.write,
    });
    const id = /Created draft (\S+) /.exec(created)?.[1];
    expect(await database.db.event.findUnique({ where: { id: id ?? "" } })).toMatchObject({
      title: "Example draft",
      status: "DRAFT",
    });

    const dir = mkdtempSync(path.join(tmpdir(), "kz-mirror-"));
    try {
      const file = path.join(dir, "mirror.json");
      await example("mirror.ts", [], { API_URL: web, MIRROR_FILE: file });
      const mirror = JSON.parse(readFileSync(file, "utf8")) as { events: object; cursor: string };
      const published = await api.event.list({ limit: 1 });
      expect(Object.keys(mirror.events)).toHaveLength(published.total);
      // Nothing changed since: the second run reads no change and keeps the cursor.
      const again = await example("mirror.ts", [], { API_URL: web, MIRROR_FILE: file });
      expect(again).toContain(": 0 change(s) read");
      expect(again).toContain(`cursor ${mirror.cursor}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

const batch = (n: number) =>
  `/api/trpc/${Array(n).fill("topic.list").join(",")}?batch=1&input=${encodeURIComponent(
    JSON.stringify(Object.fromEntries([...Array(n).keys()].map((i) => [i, { json: null }]))),
  )}`;

async function call(base: string, pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${pathname}`, { headers, redirect: "manual" });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

const counters = () => database.db.$queryRaw<{ key: string; points: number }[]>`
  SELECT key, points FROM "RateLimit" ORDER BY key`;

/** Signs in through next-auth's credentials callback, as the login form does; the error code or "ok". */
async function signIn(email: string, password: string, forwardedFor: string): Promise<string> {
  const csrf = await fetch(`${admin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${admin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie,
      "x-forwarded-for": forwardedFor,
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: admin, json: "true" }),
  });
  const location =
    response.headers.get("location") ?? ((await response.json()) as { url: string }).url;
  return new URL(location, admin).searchParams.get("error") ?? "ok";
}

describe("rate limits over HTTP", () => {
  it("never let a changed path case reach the API", async () => {
    await database.db.$executeRaw`DELETE FROM "RateLimit"`;
    for (const pathname of [
      "/API/TRPC/topic.list",
      "/Api/Trpc/topic.list",
      "/api/TRPC/topic.list",
    ]) {
      // The public site has no such page; the admin sends the stranger to its sign-in page.
      const onWeb = await call(web, pathname);
      expect(onWeb.status).toBe(404);
      const onAdmin = await call(admin, pathname);
      expect(onAdmin.status).toBe(307);
      expect(onAdmin.headers.get("location")).toContain("/login");
      for (const response of [onWeb, onAdmin]) {
        expect(response.text).not.toContain('"result"');
        expect(response.headers.get("x-ratelimit-remaining")).toBeNull();
      }
    }
    expect(await counters()).toEqual([]);
  });

  it("redirect a trailing slash to the same procedure, which counts like any call", async () => {
    const response = await call(web, "/api/trpc/topic.list/");
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe("/api/trpc/topic.list");
    const followed = await fetch(`${web}/api/trpc/topic.list/`);
    expect(followed.status).toBe(200);
    expect(followed.headers.get("x-ratelimit-remaining")).toBe(String(GLOBAL - 1));
  });

  it("refuse a batch beyond the maximum with 413, and count each call of a batch", async () => {
    const eleven = await call(web, batch(11));
    expect(eleven.status).toBe(413);
    expect(eleven.text).toContain("A batch may hold at most 10 calls; this one has 11");
    const ten = await call(web, batch(10));
    expect(ten.status).toBe(200);
    expect(ten.headers.get("x-ratelimit-remaining")).toBe(String(GLOBAL - 11));
  });

  it("hold for anonymous callers whatever X-Forwarded-For they send, across both apps", async () => {
    // The points left, spent by "different clients" in batches.
    let remaining = GLOBAL - 11;
    for (let i = 0; remaining > 0; i++) {
      const n = Math.min(10, remaining);
      const response = await call(web, batch(n), {
        "x-forwarded-for": `198.51.100.${i}, 10.0.0.1`,
      });
      expect(response.status).toBe(200);
      remaining -= n;
      expect(response.headers.get("x-ratelimit-remaining")).toBe(String(remaining));
    }
    const refused = await call(web, "/api/trpc/topic.list", { "x-forwarded-for": "203.0.113.50" });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = JSON.parse(refused.text) as {
      error: { json: { data: { code: string; retryAfterSeconds: number } } };
    };
    expect(body.error.json.data).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      retryAfterSeconds: retryAfter,
    });
    // Through the trailing-slash redirect, and on the other app (another process): the same count.
    expect((await fetch(`${web}/api/trpc/topic.list/`)).status).toBe(429);
    expect((await call(admin, "/api/trpc/topic.list")).status).toBe(429);
  });

  it("hold per token, whatever X-Forwarded-For says", async () => {
    const auth = (token: string, forged: string) => ({
      authorization: `Bearer ${token}`,
      "x-forwarded-for": forged,
    });
    expect((await call(admin, batch(10), auth(tokens.write, "198.51.100.7"))).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      expect(
        (await call(admin, "/api/trpc/me.get", auth(tokens.write, `10.1.1.${i}`))).status,
      ).toBe(200);
    }
    const refused = await call(admin, "/api/trpc/me.get", auth(tokens.write, "10.9.9.9"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    // Another token has its own count.
    expect((await call(admin, "/api/trpc/me.get", auth(tokens.read, "10.9.9.9"))).status).toBe(200);
  });

  it("hold for sign-in attempts per email, whatever X-Forwarded-For says", async () => {
    for (let i = 0; i < 3; i++) {
      expect(await signIn(editor.email, "wrong password", `192.0.2.${i}`)).toBe("invalid");
    }
    expect(await signIn(editor.email, editor.password, "192.0.2.77")).toBe("rate_limited");
    const audit = await database.db.auditLog.count({
      where: { action: "login.rateLimited", actorLabel: editor.email },
    });
    expect(audit).toBe(1);
  });
});
