import { request as http, type APIRequestContext } from "@playwright/test";
import { encode, type JWT } from "next-auth/jwt";

import config from "../../playwright.config";
import { ADMIN_URL } from "../../ports";
import { E2E_ADMIN } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-api";
import { createUser, signIn, signInWithForm, trpc } from "../fixtures/admin-session";

// The admin's session cookie and the secret its server signs sessions with (from the config that
// starts it), so these tests can present tokens a browser could not otherwise get: expired ones.
const SESSION_COOKIE = "kz-admin.session-token";
const adminServer = [config.webServer ?? []]
  .flat()
  .find((server) => server.cwd?.endsWith("apps/admin"));
const AUTH_SECRET = adminServer?.env?.AUTH_SECRET ?? "";
const HOUR = 60 * 60;

/** A session as the admin issues one at sign-in, with a chosen lifetime and moment of sign-in. */
async function sessionToken(
  claims: JWT,
  options: { maxAge: number; authTime?: number; secret?: string },
): Promise<string> {
  return encode({
    token: { ...claims, authTime: options.authTime ?? Date.now() },
    secret: options.secret ?? AUTH_SECRET,
    maxAge: options.maxAge,
  });
}

/** An API client that sends only this session cookie. */
const withCookie = (token: string): Promise<APIRequestContext> =>
  http.newContext({
    baseURL: ADMIN_URL,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${token}` },
  });

/** The claims of the seeded admin's session, read from a real sign-in. */
async function adminClaims(request: APIRequestContext): Promise<JWT> {
  await signIn(request, E2E_ADMIN);
  const session = (await (await request.get("/api/auth/session")).json()) as {
    userId?: string;
    sessionId?: string;
  };
  expect(session.userId).toBeTruthy();
  // The server-side session the sign-in made: a token without it is refused.
  expect(session.sessionId).toBeTruthy();
  return {
    sub: session.userId,
    sessionId: session.sessionId,
    email: E2E_ADMIN.email,
    name: "E2E admin",
  };
}

async function whoAmI(token: string): Promise<string> {
  const client = await withCookie(token);
  try {
    const result = await trpc<{ email: string }>(client, "me.get", undefined, "query");
    return result.ok ? result.data.email : String(result.status);
  } finally {
    await client.dispose();
  }
}

test.beforeAll(() => {
  expect(AUTH_SECRET.length, "the admin server's AUTH_SECRET in playwright.config").toBeGreaterThan(
    31,
  );
});

test("an expired session token is refused; the same claims unexpired, signed by the server, are accepted", async ({
  request,
}) => {
  const claims = await adminClaims(request);
  expect(await whoAmI(await sessionToken(claims, { maxAge: HOUR }))).toBe(E2E_ADMIN.email);
  // Expired two minutes ago, beyond next-auth's 15 seconds of clock tolerance.
  expect(await whoAmI(await sessionToken(claims, { maxAge: -120 }))).toBe("401");
  expect(
    await whoAmI(
      await sessionToken(claims, { maxAge: HOUR, secret: "another-secret-another-secret-another" }),
    ),
  ).toBe("401");
  // Signed by the server but without a server-side session, or with one that does not exist.
  const { sessionId: _, ...withoutSession } = claims;
  expect(await whoAmI(await sessionToken(withoutSession, { maxAge: HOUR }))).toBe("401");
  expect(
    await whoAmI(await sessionToken({ ...claims, sessionId: "made-up" }, { maxAge: HOUR })),
  ).toBe("401");
});

test("a session signed in more than 8 hours ago ends, though its token is renewed", async ({
  request,
  browser,
}) => {
  const claims = await adminClaims(request);
  const token = await sessionToken(claims, {
    maxAge: HOUR,
    authTime: Date.now() - 8 * HOUR * 1000 - 60_000,
  });
  expect(await whoAmI(token)).toBe("401");

  const context = await browser.newContext({ baseURL: ADMIN_URL });
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: ADMIN_URL }]);
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login\?notice=session-ended/);
  await context.close();
});

test("signing out clears the session cookie", async ({ page }) => {
  await signInWithForm(page, E2E_ADMIN);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  const sessionCookie = async () =>
    (await page.context().cookies(ADMIN_URL)).find((c) => c.name === SESSION_COOKIE);
  expect((await sessionCookie())?.httpOnly).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await sessionCookie()).toBeUndefined();
  const me = await trpc(page.context().request, "me.get", undefined, "query");
  expect(me.status).toBe(401);
});

test("a copied session cookie stops working within 5 s of 'Sign out everywhere'", async ({
  api,
  browser,
}) => {
  test.slow();
  const user = await createUser(api, "VIEWER", "everywhere");
  const context = await browser.newContext({ baseURL: ADMIN_URL });
  await signIn(context.request, user);
  const copied = (await context.cookies(ADMIN_URL)).find((c) => c.name === SESSION_COOKIE)!.value;
  expect(await whoAmI(copied)).toBe(user.email);

  const page = await context.newPage();
  await page.goto("/account");
  const sessions = page.getByRole("table", { name: "Your sessions" });
  await expect(sessions.getByText("This browser")).toBeVisible();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login\?notice=signed-out-everywhere/);

  const started = Date.now();
  await expect.poll(() => whoAmI(copied), { timeout: 5_000, intervals: [250] }).toBe("401");
  expect(Date.now() - started).toBeLessThan(5_000);
  await context.close();
});

test("signing one session out from another browser ends it there", async ({ api, browser }) => {
  test.slow();
  const user = await createUser(api, "VIEWER", "one-session");
  const phone = await browser.newContext({ baseURL: ADMIN_URL });
  await signIn(phone.request, user);
  const laptop = await browser.newContext({ baseURL: ADMIN_URL });
  await signIn(laptop.request, user);
  const page = await laptop.newPage();
  await page.goto("/account");
  const rows = page.getByRole("table", { name: "Your sessions" }).getByRole("row");
  // A header row and the two sessions.
  await expect(rows).toHaveCount(3);
  const other = rows.filter({ hasNotText: "This browser" }).nth(1);
  await other.getByRole("button", { name: /^Sign out/ }).click();
  await expect(page.getByText(/^Signed out the session of/)).toBeVisible();
  await expect(rows).toHaveCount(2);
  const me = await trpc(phone.request, "me.get", undefined, "query");
  expect(me.status).toBe(401);
  await phone.close();
  await laptop.close();
});
