import { request as http } from "@playwright/test";

import { ADMIN_URL } from "../../ports";
import { expect, test } from "../fixtures/admin-api";
import { createUser, signIn, signInWithForm, trpc } from "../fixtures/admin-session";
import { nextStep, stepAt, totpCode } from "../fixtures/totp";

// The e2e admin runs with REQUIRE_2FA_ROLES=none (playwright.config.ts), so the suite's other users
// sign in with a password alone; the policy is tested here on a user an admin requires it of.

test("enrol TOTP from the shown key, sign in with a code; a recovery code works once", async ({
  api,
  page,
}) => {
  // Waits for fresh time steps (up to 30 s each): several times the default budget.
  test.slow();
  const user = await createUser(api, "EDITOR", "totp");

  await signInWithForm(page, user);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  await page.goto("/account");
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Two-factor sign-in" })).toBeVisible();
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code of the two-factor key" })).toBeVisible();
  const key = (await page.getByTestId("totp-key").textContent())!.trim();
  expect(key).toMatch(/^[A-Z2-7 ]{39}$/);

  // A wrong first code is refused at its field; the right one turns it on.
  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText(/That code does not match the key/)).toBeVisible();
  const enrolledStep = stepAt();
  await page.getByLabel("Code from the app").fill(totpCode(key, enrolledStep));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const codes = (await page.getByLabel("Recovery codes").inputValue()).split(/\s+/);
  expect(codes).toHaveLength(10);
  await page.getByRole("button", { name: "I have kept my recovery codes" }).click();
  await expect(page.getByText(/On since .*; 10 of 10 recovery codes left/)).toBeVisible();

  // Sign out, then in: the password, then a code of a step not used yet.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Authentication code")).toBeFocused();
  // The code just used for the enrolment is refused (each code works once).
  await page.getByLabel("Authentication code").fill(totpCode(key, enrolledStep));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText(/That code is not right, or it has been used already/)).toBeVisible();
  const step = await nextStep(enrolledStep);
  await page.getByLabel("Authentication code").fill(totpCode(key, step));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  // A recovery code, once; its second use is refused.
  for (const attempt of ["first", "second"] as const) {
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Authentication code").fill(codes[0]!);
    await page.getByRole("button", { name: "Verify" }).click();
    if (attempt === "first") {
      await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    } else {
      await expect(
        page.getByText(/That code is not right, or it has been used already/),
      ).toBeVisible();
      await expect(page).toHaveURL(/\/login/);
    }
  }
});

test("an editor required to use a second factor is held at enrolment until they set one up", async ({
  api,
  page,
}) => {
  test.slow();
  const user = await createUser(api, "EDITOR", "held");
  // REQUIRE_2FA_ROLES is `none` here; an administrator requires it of this one user. The e2e grace
  // is the default (3 sign-ins): used up by signing in through the API first.
  const required = await trpc(api, "user.update", { id: user.id, twoFactorRequired: true });
  expect(required.ok).toBe(true);
  for (let i = 0; i < 3; i++) {
    const client = await http.newContext({ baseURL: ADMIN_URL });
    await signIn(client, user);
    await client.dispose();
  }

  await signInWithForm(page, user);
  await expect(page).toHaveURL(/\/two-factor$/);
  await expect(
    page.getByText(/Your role requires two-factor sign-in. Set it up to continue/),
  ).toBeVisible();

  // Every other page sends them back; the API refuses them everything but enrolment.
  await page.goto("/events");
  await expect(page).toHaveURL(/\/two-factor$/);
  const refused = await trpc(page.context().request, "dashboard.summary", undefined, "query");
  expect(refused.status).toBe(403);
  expect(refused.ok ? "" : refused.error.message).toMatch(/^Set up two-factor sign-in first/);

  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const key = (await page.getByTestId("totp-key").textContent())!.trim();
  await page.getByLabel("Code from the app").fill(totpCode(key));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByLabel("Recovery codes")).toBeVisible();
  await page.getByRole("button", { name: "I have kept my recovery codes" }).click();
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await page.goto("/events");
  await expect(page).toHaveURL(/\/events/);
});
