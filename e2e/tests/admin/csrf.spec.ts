// Issue 7, item 4: the admin refuses state changes that another site makes a signed-in browser send,
// and still serves programs that authenticate with an API token.
import type { APIRequestContext } from "@playwright/test";

import { ADMIN_URL, WEB_URL } from "../../ports";
import { E2E_ADMIN } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-api";
import { newSession, trpc } from "../fixtures/admin-session";
import { call, unique } from "../fixtures/content";

const REFUSED = /Refused: this request came from another site/;

interface TopicForEdit {
  id: string;
  version: number;
  form: { name: string; slug: string; overview: string; position: number; citations: unknown[] };
}

async function newTopic(api: APIRequestContext): Promise<TopicForEdit> {
  const { id } = await call<{ id: string }>(api, "topic.admin.create", {
    name: unique("Topic a forged request renames"),
    slug: "",
    overview: "Untouched.",
    position: 0,
    citations: [],
  });
  return call<TopicForEdit>(api, "topic.admin.getForEdit", { id }, "query");
}

/** topic.admin.update as the seeded admin's session, with the browser-set headers given. */
function rename(api: APIRequestContext, topic: TopicForEdit, headers: Record<string, string>) {
  return api.post("/api/trpc/topic.admin.update", {
    headers,
    data: {
      json: {
        ...topic.form,
        id: topic.id,
        expectedVersion: topic.version,
        name: "Renamed by another site",
      },
    },
  });
}

for (const [label, headers] of [
  ["another site's Origin", { Origin: "http://evil.example" }],
  ["the public site's Origin (same site, other origin)", { Origin: WEB_URL }],
  ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site" }],
] as const) {
  test(`a mutation with the session cookie and ${label} is refused and changes nothing`, async ({
    api,
  }) => {
    const topic = await newTopic(api);
    const response = await rename(api, topic, headers);
    expect(response.status()).toBe(403);
    const body = (await response.json()) as { error: { json: { message: string } } };
    expect(body.error.json.message).toMatch(REFUSED);
    expect(
      await call<TopicForEdit>(api, "topic.admin.getForEdit", { id: topic.id }, "query"),
    ).toEqual(topic);
  });
}

test("the same mutation sent from the admin itself goes through", async ({ api }) => {
  const topic = await newTopic(api);
  const response = await rename(api, topic, { Origin: ADMIN_URL, "Sec-Fetch-Site": "same-origin" });
  expect(response.status()).toBe(200);
  const after = await call<TopicForEdit>(api, "topic.admin.getForEdit", { id: topic.id }, "query");
  expect(after.form.name).toBe("Renamed by another site");
});

test("a program with an API token and no cookie is not a forged request", async ({
  api,
  playwright,
}) => {
  const { token } = await call<{ token: string }>(api, "token.create", {
    name: unique("csrf program"),
    scopes: ["write"],
  });
  const program = await playwright.request.newContext({
    baseURL: ADMIN_URL,
    extraHTTPHeaders: { Authorization: `Bearer ${token}`, Origin: "http://evil.example" },
  });
  try {
    const created = await trpc<{ id: string }>(program, "topic.admin.create", {
      name: unique("Topic a program made"),
      slug: "",
      overview: "",
      position: 0,
      citations: [],
    });
    expect(created.ok, JSON.stringify(created)).toBe(true);
  } finally {
    await program.dispose();
  }
});

test("a sign-in or sign-out posted from another origin is refused, even with a valid CSRF token", async ({
  browser,
}) => {
  const { context, page } = await newSession(browser, E2E_ADMIN);
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  // A page of another origin on the same site, which SameSite=Lax does not stop: the browser sends
  // the admin's cookies with its form, and sets Origin and Sec-Fetch-Site itself.
  const attacker = `${WEB_URL}/attacker-page`;
  await context.route(attacker, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<form method="post" action="${ADMIN_URL}/api/auth/signout">
        <input type="hidden" name="csrfToken" value="${csrfToken}">
        <button>Win a prize</button></form>`,
    }),
  );
  await page.goto(attacker);
  const [response] = await Promise.all([
    page.waitForResponse(`${ADMIN_URL}/api/auth/signout`),
    page.getByRole("button", { name: "Win a prize" }).click(),
  ]);
  expect(response.status()).toBe(403);
  expect(await response.text()).toMatch(REFUSED);
  const session = (await (await context.request.get("/api/auth/session")).json()) as {
    user?: { email: string };
  };
  expect(session.user?.email).toBe(E2E_ADMIN.email);

  const signIn = await context.request.post("/api/auth/callback/credentials", {
    headers: { Origin: "http://evil.example" },
    form: { ...E2E_ADMIN, csrfToken, json: "true" },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBe(403);
  await context.close();
});
