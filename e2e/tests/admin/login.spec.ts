import { E2E_ADMIN } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-api";
import {
  createUser,
  SIGN_IN_REFUSED,
  signInWithForm,
  uniqueEmail,
} from "../fixtures/admin-session";

test("an unauthenticated visit to the dashboard is sent to the login page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("the seeded admin signs in, sees the dashboard, and signs out", async ({ page }) => {
  await signInWithForm(page, E2E_ADMIN);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${E2E_ADMIN.email}`)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong password and an unknown email get the same answer, and the owner is told after signing in", async ({
  api,
  page,
}) => {
  // Three sign-ins through the form: three times the default budget.
  test.slow();
  const user = await createUser(api, "VIEWER", "guessed");
  const alert = page.getByRole("main").getByRole("alert");

  await signInWithForm(page, { ...user, password: "not-the-password" });
  await expect(alert).toHaveText(SIGN_IN_REFUSED);
  await expect(page).toHaveURL(/\/login/);
  await signInWithForm(page, { email: uniqueEmail("nobody"), password: "not-the-password" });
  await expect(alert).toHaveText(SIGN_IN_REFUSED);

  await signInWithForm(page, user);
  const notice = page.getByRole("region", { name: /failed sign-in attempt/ });
  await expect(notice).toContainText("1 failed sign-in attempt on your account since");
  await expect(notice).toContainText("From 1 address.");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(notice).toHaveCount(0);
});

// A crafted sign-in link must not forward a freshly signed-in editor to another site.
for (const callbackUrl of [
  "//evil.example/phish",
  "/\\evil.example/phish",
  "https://evil.example/phish",
]) {
  test(`signing in from a link with callbackUrl=${callbackUrl} stays on the admin`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await page.getByLabel("Email").fill(E2E_ADMIN.email);
    await page.getByLabel("Password").fill(E2E_ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
}

test("signing in from a link to an admin page lands on that page", async ({ page }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/audit?action=login")}`);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/audit");
});

test("next-auth answers a malformed or foreign callbackUrl with the admin's own address", async ({
  request,
  baseURL,
}) => {
  for (const callbackUrl of ["http://[::1", "%", "//evil.example/phish"]) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const response = await request.post("/api/auth/callback/credentials", {
      form: { ...E2E_ADMIN, csrfToken, callbackUrl, json: "true" },
      maxRedirects: 0,
    });
    expect(response.status(), callbackUrl).toBeLessThan(500);
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).origin, callbackUrl).toBe(new URL(baseURL!).origin);
  }
});
