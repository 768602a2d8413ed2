// Cross-site request forgery at the admin's route handler, on a real Postgres: a mutation the
// browser sends with the editor's session cookie on another site's behalf is refused before it runs.
import { describe, expect, it } from "vitest";

import { createContext } from "../context";
import { defaultApiLimits } from "../ratelimit/config";
import { createApiHandler } from "../ratelimit/handler";
import { callerFor } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";
import { CROSS_SITE_MESSAGE } from "./cross-site";

const ADMIN = "http://admin.localhost:3001";

const { db, users } = useTestDatabaseWithRoles();

/** The admin's handler, with every request signed in as the editor (as a session cookie would). */
const adminHandler = () =>
  createApiHandler({
    db: db(),
    limits: defaultApiLimits(),
    ownOrigins: [ADMIN],
    identify: async (_req, ip) => ({
      caller: { kind: "session" },
      context: createContext({ db: db(), user: users.EDITOR, siteUrl: ADMIN, ip }),
    }),
  });

async function createTopic(name: string) {
  return callerFor(db(), users.EDITOR).topic.admin.create({
    name,
    slug: "",
    overview: "Before.",
    position: 0,
    citations: [],
  });
}

async function renameTopic(id: string, version: number, headers: Record<string, string>) {
  const response = await adminHandler()(
    new Request(`${ADMIN}/api/trpc/topic.admin.update`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: "kz-admin.session-token=x",
        ...headers,
      },
      body: JSON.stringify({
        json: {
          id,
          expectedVersion: version,
          name: "Renamed by a forged request",
          slug: "",
          overview: "After.",
          position: 0,
          citations: [],
        },
      }),
    }),
  );
  return {
    status: response.status,
    body: (await response.json()) as { error?: { json: { message: string } } },
  };
}

const stored = (id: string) =>
  db().topic.findUniqueOrThrow({ where: { id }, select: { name: true, version: true } });

describe("an admin mutation", () => {
  it.each([
    ["another site's Origin", { origin: "http://evil.example" }],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
  ])("sent with %s is refused with 403 and changes nothing", async (_label, headers) => {
    const topic = await createTopic(`Topic under attack ${Math.random()}`);
    const before = await stored(topic.id);
    const { status, body } = await renameTopic(topic.id, topic.version, headers);
    expect(status).toBe(403);
    expect(body.error?.json.message).toBe(CROSS_SITE_MESSAGE);
    expect(await stored(topic.id)).toEqual(before);
  });

  it("sent from the admin itself goes through", async () => {
    const topic = await createTopic(`Topic edited at home ${Math.random()}`);
    const { status } = await renameTopic(topic.id, topic.version, {
      origin: ADMIN,
      "sec-fetch-site": "same-origin",
    });
    expect(status).toBe(200);
    expect((await stored(topic.id)).name).toBe("Renamed by a forged request");
  });
});
