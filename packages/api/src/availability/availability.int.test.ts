// A database that cannot serve: every call answers 503 with Retry-After (never a 500 that quotes
// Prisma), and pages are sent to their `?unavailable` URL, which the proxies answer.
import { createDb, databaseHealth, type Db } from "@kz/db";
import { makeEvent } from "@kz/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createContext } from "../context";
import { DATABASE_UNAVAILABLE_MESSAGE, DatabaseUnavailableError } from "../errors";
import { defaultApiLimits } from "../ratelimit/config";
import { createApiHandler } from "../ratelimit/handler";
import { createCaller } from "../root";
import { callerFor, makeUsers } from "../testing/admin-caller";
import { useTestDatabaseWithUrl } from "../testing/database";
import { SITE_URL } from "../testing/public-caller";
import {
  answer503WhenDatabaseDown,
  databaseUnavailablePage,
  isServiceUnavailable,
  PAGE_URL_HEADER,
  pageRetryUrl,
  UNAVAILABLE_PARAM,
} from "./index";

// Nothing listens on port 1: every connection is refused at once, as when Postgres is down.
const UNREACHABLE_URL = "postgresql://postgres@127.0.0.1:1/postgres";

const { db, url } = useTestDatabaseWithUrl();
let down: Db;

beforeAll(() => {
  down = createDb(UNREACHABLE_URL, { max: 1 });
});

afterAll(async () => {
  await down?.$disconnect();
});

async function failure(call: Promise<unknown>): Promise<TRPCError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

const anonymous = (db: Db) =>
  createCaller(createContext({ db, user: null, siteUrl: SITE_URL, ip: null }));

describe("calls while the database is unavailable", () => {
  it("fail with SERVICE_UNAVAILABLE, reads and writes alike", async () => {
    const users = await makeUsers(db());
    for (const call of [
      anonymous(down).event.list({ limit: 5 }),
      callerFor(down, users.EDITOR).source.admin.create({
        title: "Never saved",
        slug: "",
        publisher: "Nobody",
        kind: "news",
        notes: "",
      }),
    ]) {
      const error = await failure(call);
      expect(error.code).toBe("SERVICE_UNAVAILABLE");
      expect(error.message).toBe(DATABASE_UNAVAILABLE_MESSAGE);
      expect(error.cause).toBeInstanceOf(DatabaseUnavailableError);
      expect(isServiceUnavailable(error)).toBe(true);
    }
  });

  it("answer HTTP 503 with Retry-After and a plain message, also when counting the call fails", async () => {
    const handler = createApiHandler({
      db: down,
      limits: defaultApiLimits(),
      identify: async (_req, ip) => ({
        caller: { kind: "anonymous" },
        context: createContext({ db: down, user: null, siteUrl: SITE_URL, ip }),
      }),
    });
    const input = encodeURIComponent(JSON.stringify({ json: { limit: 5 } }));
    const response = await handler(
      new Request(`http://localhost/api/trpc/event.list?input=${input}`),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      error: {
        json: {
          message: DATABASE_UNAVAILABLE_MESSAGE,
          data: { code: "SERVICE_UNAVAILABLE", httpStatus: 503, retryAfterSeconds: 5 },
        },
      },
    });
    expect(text).not.toMatch(/prisma|invocation|\bat \S+:\d+/i);
  });

  it("leave other SERVICE_UNAVAILABLE errors alone (a server without a preview secret)", async () => {
    const users = await makeUsers(db());
    const unconfigured = callerFor(db(), users.CONTRIBUTOR, { previewSecret: undefined });
    const event = await makeEvent(db());
    const error = await failure(
      unconfigured.preview.createToken({ entityType: "EVENT", id: event.id }),
    );
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(isServiceUnavailable(error)).toBe(false);
  });
});

describe("route handlers while the database is unavailable", () => {
  it("answer a plain 503 with Retry-After, and rethrow any other error", async () => {
    const download = answer503WhenDatabaseDown(async () =>
      Response.json(await anonymous(down).event.list({ limit: 5 })),
    );
    const response = await download();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).toMatch(/^The database is temporarily unavailable/);

    const broken = answer503WhenDatabaseDown(async () => {
      throw new Error("a bug");
    });
    await expect(broken()).rejects.toThrow("a bug");
  });
});

describe("pages while the database is unavailable", () => {
  const withPage = (page: string) => new Headers({ [PAGE_URL_HEADER]: page });

  it("are sent back to their own URL, marked, and only to a path on this site", async () => {
    const error = await failure(anonymous(down).event.list({ limit: 5 }));
    expect(pageRetryUrl(error, withPage("/ru/events?topic=courts"))).toBe(
      `/ru/events?topic=courts&${UNAVAILABLE_PARAM}=`,
    );
    expect(pageRetryUrl(error, new Headers())).toBeNull();
    expect(pageRetryUrl(error, withPage("//evil.example/x"))).toBeNull();
    expect(pageRetryUrl(error, withPage("https://evil.example/x"))).toBeNull();
    expect(pageRetryUrl(new Error("a bug"), withPage("/events"))).toBeNull();
  });

  const text = { lang: "en", title: "Down <for now>", message: "Wait.", retry: "Again" };

  it("get a 503 page while it is still unavailable, and their page back once it is not", async () => {
    expect(await databaseUnavailablePage(new Request("http://site.test/events"), text)).toBeNull();

    const marked = new Request(`http://site.test/events?page=2&${UNAVAILABLE_PARAM}=`);
    const health = databaseHealth();
    // The last pool created is the one probed: make it the unreachable one, and lose it.
    const stillDown = createDb(UNREACHABLE_URL, { max: 1 });
    try {
      health.observe(await stillDown.user.count().catch((e: unknown) => e));
      const unavailable = await databaseUnavailablePage(marked, text);
      expect(unavailable?.status).toBe(503);
      expect(unavailable?.headers.get("retry-after")).toBe("5");
      expect(unavailable?.headers.get("cache-control")).toBe("no-store");
      const html = await unavailable!.text();
      expect(html).toContain("<title>Down &lt;for now&gt;</title>");
      expect(html).toContain('<html lang="en">');
    } finally {
      await stillDown.$disconnect();
    }

    const up = createDb(url(), { max: 1 });
    try {
      // Probes are spaced 250 ms apart.
      await new Promise((r) => setTimeout(r, 300));
      const back = await databaseUnavailablePage(marked, text);
      expect(back?.status).toBe(307);
      expect(back?.headers.get("location")).toBe("http://site.test/events?page=2");
    } finally {
      await up.$disconnect();
    }
  });
});
