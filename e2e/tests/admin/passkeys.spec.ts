import type { CDPSession, Page } from "@playwright/test";

import { expect, test } from "../fixtures/admin-api";
import { createUser, signInWithForm } from "../fixtures/admin-session";

// Passkeys through Chromium's virtual authenticator (Chrome DevTools Protocol), standing in for a
// phone or a security key: a resident-key, user-verifying CTAP2 authenticator that always agrees.

/** A virtual authenticator for `page`; its credentials live as long as the CDP session. */
async function virtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; id: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, id: authenticatorId };
}

const signOut = async (page: Page) => {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
};

test("register a passkey, sign in with it alone and as the second step, then remove it", async ({
  api,
  page,
}) => {
  test.slow();
  const user = await createUser(api, "EDITOR", "passkey");
  const authenticator = await virtualAuthenticator(page);

  await signInWithForm(page, user);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText("No passkeys yet.")).toBeVisible();
  await page.getByLabel("Name of the new passkey").fill("Virtual key");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  const passkeys = page.getByRole("list", { name: "Your passkeys" });
  await expect(passkeys.getByText("Virtual key")).toBeVisible();
  await expect(passkeys).toContainText("never used");
  const { credentials } = await authenticator.cdp.send("WebAuthn.getCredentials", {
    authenticatorId: authenticator.id,
  });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]!.isResidentCredential).toBe(true);
  expect(credentials[0]!.rpId).toBe("localhost");

  // A passkey alone: no email, no password.
  await signOut(page);
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await page.goto("/account");
  await expect(passkeys).toContainText("last used");

  // With a passkey registered, the password alone is not enough: the passkey is the second step.
  await signOut(page);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Authentication code")).toBeFocused();
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();

  // Renamed, then removed: the password alone signs in again.
  await page.goto("/account");
  await passkeys.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New name").fill("Old key");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(passkeys.getByText("Old key")).toBeVisible();
  await passkeys.getByRole("button", { name: "Remove", exact: true }).click();
  await passkeys.getByRole("button", { name: "Remove Old key for good" }).click();
  await expect(page.getByText("No passkeys yet.")).toBeVisible();
  await signOut(page);
  await signInWithForm(page, user);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
});

test("a passkey this site does not know is refused with one message, and nobody is signed in", async ({
  page,
}) => {
  const authenticator = await virtualAuthenticator(page);
  // A credential for this RP ID that was never registered here (as if made for another account
  // database, or forged).
  await page.goto("/login");
  await authenticator.cdp.send("WebAuthn.addCredential", {
    authenticatorId: authenticator.id,
    credential: {
      credentialId: Buffer.from("never-registered-credential").toString("base64"),
      isResidentCredential: true,
      rpId: "localhost",
      privateKey: await pkcs8P256(),
      userHandle: Buffer.from("nobody").toString("base64"),
      signCount: 1,
    },
  });
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page.getByText(/That passkey could not be used/)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

/** A fresh P-256 private key, PKCS#8 in base64, as WebAuthn.addCredential takes it. */
async function pkcs8P256(): Promise<string> {
  const { generateKeyPairSync } = await import("node:crypto");
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
}
