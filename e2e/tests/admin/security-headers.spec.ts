// Issue 7, item 4 in the admin: every page type, the auth and API routes, redirects, static files
// and 404s carry the security headers; pages run only scripts with their response's nonce and load
// without a policy violation; the session cookie is HttpOnly and SameSite=Lax.
import { E2E_ADMIN } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-api";
import { createUser, signIn, signInWithForm, type Credentials } from "../fixtures/admin-session";
import { call, draftEvent, unique } from "../fixtures/content";
import {
  expectBuildFilesHeaders,
  expectSecuredResponses,
  expectStrictPage,
  watchPolicyViolations,
} from "../fixtures/security";

let eventId: string;
let topicId: string;
let contributor: Credentials;

test.beforeAll(async ({ api }) => {
  eventId = (await draftEvent(api, { title: unique("Event behind a strict policy") })).id;
  topicId = (
    await call<{ id: string }>(api, "topic.admin.create", {
      name: unique("Topic behind a strict policy"),
      slug: "",
      overview: "A *markdown* overview.",
      position: 0,
      citations: [],
    })
  ).id;
  contributor = await createUser(api, "CONTRIBUTOR", "csp-contributor");
});

const KINDS = ["events", "actors", "places", "ratings", "sources", "topics"];

/** Page types an admin sees; paths are functions because records are made in beforeAll. */
const SIGNED_IN_PAGES = [
  { type: "dashboard", path: () => "/", status: 200 },
  ...KINDS.map((kind) => ({ type: `${kind} list`, path: () => `/${kind}`, status: 200 })),
  ...KINDS.map((kind) => ({ type: `new ${kind} form`, path: () => `/${kind}/new`, status: 200 })),
  { type: "event editor", path: () => `/events/${eventId}`, status: 200 },
  { type: "event history", path: () => `/events/${eventId}/history`, status: 200 },
  { type: "topic editor", path: () => `/topics/${topicId}`, status: 200 },
  { type: "ratings import", path: () => "/ratings/import", status: 200 },
  { type: "audit log", path: () => "/audit", status: 200 },
  { type: "trash", path: () => "/trash", status: 200 },
  { type: "users", path: () => "/users", status: 200 },
  { type: "API tokens", path: () => "/tokens", status: 200 },
  { type: "account", path: () => "/account", status: 200 },
  { type: "404 page", path: () => "/no-such-page", status: 404 },
  { type: "404 for a missing record", path: () => "/events/no-such-record", status: 404 },
];

test("the sign-in page is served with a strict nonce policy that it keeps to", async ({ page }) => {
  await expectStrictPage(page, "/login", 200);
});

for (const { type, path, status } of SIGNED_IN_PAGES) {
  test(`the ${type} is served with a strict nonce policy that it keeps to`, async ({ page }) => {
    await signIn(page.context().request, E2E_ADMIN);
    await expectStrictPage(page, path(), status);
  });
}

test("the 403 page is served with a strict nonce policy that it keeps to", async ({ page }) => {
  await signIn(page.context().request, contributor);
  await expectStrictPage(page, "/users", 403);
});

test("a form that validates in the browser keeps to the policy when used", async ({ page }) => {
  const violations = await watchPolicyViolations(page);
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Enter your password")).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("auth and API routes, redirects and static files carry the headers", async ({
  request,
  page,
}) => {
  const responses = {
    "a signed-out redirect to /login": await request.get("/events", { maxRedirects: 0 }),
    "GET /api/auth/csrf": await request.get("/api/auth/csrf"),
    "GET /api/auth/session": await request.get("/api/auth/session"),
    "GET /api/auth/providers": await request.get("/api/auth/providers"),
    "GET /api/trpc (a query)": await request.get("/api/trpc/topic.list"),
    "POST /api/trpc (an anonymous mutation)": await request.post("/api/trpc/topic.admin.create", {
      data: { json: {} },
    }),
    "POST /api/auth/signout from another site": await request.post("/api/auth/signout", {
      headers: { Origin: "http://evil.example" },
    }),
    "/icon.svg": await request.get("/icon.svg"),
    "/api/no-such-route": await request.get("/api/no-such-route"),
  };
  expect(responses["a signed-out redirect to /login"].status()).toBe(307);
  expectSecuredResponses(responses);
  await expectBuildFilesHeaders(page, request, "/login");
});

test("signing in sets HttpOnly, SameSite=Lax cookies that scripts cannot read", async ({
  page,
}) => {
  await signInWithForm(page, E2E_ADMIN);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "kz-admin.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  for (const cookie of cookies.filter((c) => c.name.includes("next-auth"))) {
    expect(cookie, cookie.name).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  }
  expect(await page.evaluate(() => document.cookie)).toBe("");
});

test("the admin's API answers and signed-in pages are never stored by a browser or proxy", async ({
  page,
  request,
}) => {
  await signIn(request, E2E_ADMIN);
  const answers = {
    "GET /api/trpc (a signed-in query)": await request.get("/api/trpc/token.list"),
    "GET /api/trpc (refused)": await request.get("/api/trpc/no.such.procedure"),
    "POST /api/trpc (a mutation)": await request.post("/api/trpc/token.dismissNotices", {
      data: { json: { ids: ["none"] } },
    }),
  };
  for (const [label, response] of Object.entries(answers))
    expect(response.headers()["cache-control"], label).toContain("no-store");

  await signIn(page.context().request, E2E_ADMIN);
  for (const path of ["/", "/tokens", "/users"]) {
    const response = await page.goto(path);
    expect(response?.headers()["cache-control"], path).toContain("no-store");
  }
});

// A cookie planted by another site on the same host (or a sibling subdomain), or a crafted link's
// callbackUrl, once made next-auth's routes answer 500 for that browser.
test("a malformed callback URL, in a cookie or a link, does not break signing in", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL });
  try {
    await context.addCookies([
      { name: "next-auth.callback-url", value: "%25", url: baseURL! },
      { name: "next-auth.callback-url", value: "http%3A%2F%2F%5B%3A%3A1", url: `${baseURL}/api` },
    ]);
    for (const path of ["/api/auth/csrf", "/api/auth/session", "/api/auth/providers"]) {
      expect((await context.request.get(path)).status(), path).toBe(200);
    }
    for (const callbackUrl of ["%", "http://[::1"]) {
      const signin = await context.request.get(
        `/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`,
        { maxRedirects: 0 },
      );
      expect(signin.status(), callbackUrl).toBeLessThan(500);
    }
    await signIn(context.request, E2E_ADMIN);
    expect((await context.request.get("/api/trpc/me.get")).status()).toBe(200);
  } finally {
    await context.close();
  }
});
