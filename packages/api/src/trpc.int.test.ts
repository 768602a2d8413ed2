import { makeUser } from "@kz/db/testing";
import type { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { describe, expect, it } from "vitest";

import type { CurrentUser } from "./current-user";
import { createContext } from "./context";
import { appRouter, createCaller } from "./root";
import { useTestDatabase } from "./testing/database";

const db = useTestDatabase();
const callerAs = (actor: CurrentUser | null) =>
  createCaller(createContext({ db: db(), user: actor, siteUrl: "http://localhost", ip: null }));

describe("procedure tiers", () => {
  it("refuses anonymous callers with UNAUTHORIZED on a viewer procedure", async () => {
    const error = (await callerAs(null)
      .dashboard.summary()
      .catch((e: unknown) => e)) as TRPCError;
    expect(error.code).toBe("UNAUTHORIZED");
  });

  it.each(["VIEWER", "CONTRIBUTOR", "EDITOR", "ADMIN"] as const)(
    "lets a %s read the dashboard",
    async (role) => {
      const { user } = await makeUser(db(), { role });
      const summary = await callerAs({
        id: user.id,
        email: user.email,
        name: user.name,
        role,
      }).dashboard.summary();
      expect(summary.collections.find((c) => c.entityType === "EVENT")?.counts).toEqual({
        DRAFT: 0,
        IN_REVIEW: 0,
        PUBLISHED: 0,
        ARCHIVED: 0,
      });
    },
  );
});

describe("public procedures over HTTP", () => {
  const get = async (path: string, input: unknown) => {
    const url = new URL(`http://localhost/api/trpc/${path}`);
    url.searchParams.set("input", JSON.stringify({ json: input }));
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(url),
      router: appRouter,
      createContext: () =>
        createContext({ db: db(), user: null, siteUrl: "http://localhost", ip: null }),
    });
    const body = (await response.json()) as {
      error?: { json: { data: { code: string; stack?: string; fieldErrors?: object } } };
    };
    return { status: response.status, body };
  };

  it("answers bad input with 400 and the field's messages in data.fieldErrors", async () => {
    const { status, body } = await get("search.query", { q: "", limit: 0 });
    expect(status).toBe(400);
    expect(body.error?.json.data).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { q: [expect.any(String)], limit: [expect.any(String)] },
    });
    expect(body.error?.json.data.stack).toBeUndefined();
  });

  it("answers an invalid cursor with 400 naming the cursor", async () => {
    const { status, body } = await get("source.list", { cursor: "!!" });
    expect(status).toBe(400);
    expect(body.error?.json.data.fieldErrors).toHaveProperty("cursor");
  });

  it("answers an unknown slug with 404", async () => {
    const { status, body } = await get("event.bySlug", { slug: "no-such-event" });
    expect(status).toBe(404);
    expect(body.error?.json.data.code).toBe("NOT_FOUND");
  });
});
