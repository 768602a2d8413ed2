import { createTestDatabase, makeUser, type TestDatabase } from "@kz/db/testing";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "./actor";
import { createContext } from "./context";
import { createCaller } from "./root";

let database: TestDatabase;
const callerAs = (actor: Actor | null) =>
  createCaller(createContext({ db: database.db, actor, siteUrl: "http://localhost", ip: null }));

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

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
      const { user } = await makeUser(database.db, { role });
      const summary = await callerAs({
        id: user.id,
        email: user.email,
        name: user.name,
        role,
      }).dashboard.summary();
      expect(summary.events).toEqual({ DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 0, ARCHIVED: 0 });
    },
  );
});
