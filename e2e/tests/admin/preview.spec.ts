import { createHmac } from "node:crypto";

import { WEB_URL } from "../../ports";
import { E2E_SECRETS } from "../../secrets";
import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { draftEvent, unique } from "../fixtures/content";

test("a draft's preview shows on the public site in the editor's browser only", async ({
  api,
  browser,
}) => {
  // A journey through several pages and sessions: three times the default budget.
  test.slow();
  const title = unique("Draft only the editor sees");
  const event = await draftEvent(api, { title, body: "This paragraph is not published yet." });
  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
  await page.goto(`/events/${event.id}`);

  const popup = context.waitForEvent("page");
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = await popup;
  // The preview is rendered on demand from the working copy: on a busy machine that can take
  // longer than an assertion waits, so wait for the page itself to have loaded.
  await preview.waitForURL(/\/events\/draft-only-the-editor-sees-[^?]+\?preview=/, {
    waitUntil: "load",
  });
  await expect(preview.getByRole("note", { name: "Preview" })).toContainText(
    "Preview — not published",
  );
  await expect(preview.getByRole("heading", { name: title })).toBeVisible();
  await expect(preview.getByText("This paragraph is not published yet.")).toBeVisible();

  // Another browser, without the draft-mode cookie, gets the public 404 at the same address.
  const stranger = await browser.newContext();
  const response = await (await stranger.newPage()).goto(preview.url());
  expect(response?.status()).toBe(404);
  await stranger.close();
  await context.close();
});

test("the admin leaves the public site's draft-mode cookie alone, which it shares a host with under npm start", async ({
  api,
  browser,
}) => {
  // Both apps on localhost share cookies. Next clears a draft-mode cookie that is not its own build's
  // on every render: an admin request made while a preview opened used to end the preview (a 404).
  const { page, context } = await newSession(browser, await createUser(api, "EDITOR"));
  const { hostname } = new URL(WEB_URL);
  await context.addCookies([
    { name: "__prerender_bypass", value: "the-public-sites", domain: hostname, path: "/" },
  ]);
  const draftModeCookie = async () =>
    (await context.cookies()).find((c) => c.name === "__prerender_bypass")?.value;
  const response = await page.goto("/events");
  expect(response?.status()).toBe(200);
  await page.getByRole("link", { name: "Sources" }).first().click();
  await expect(page).toHaveURL(/\/sources$/);
  await page.getByRole("link", { name: "Events" }).first().click();
  await expect(page).toHaveURL(/\/events$/);
  expect(await draftModeCookie()).toBe("the-public-sites");
  await context.close();
});

test("hostile markdown in the preview pane does not run", async ({ api, browser }) => {
  const { page, context } = await newSession(browser, await createUser(api, "CONTRIBUTOR"));
  await page.goto("/events/new");
  await page
    .getByLabel("Body", { exact: true })
    .fill(
      [
        "Before <img src=x onerror=window.__xss=1> after",
        "",
        "<script>window.__xss=2</script>",
        "",
        "[click](javascript:window.__xss=3) and ![alt text](https://tracker.example/x.png)",
      ].join("\n"),
    );
  const pane = page.getByTestId("body-preview");
  await expect(pane).toContainText("Before");
  await expect(pane).toContainText("after");
  await expect(pane.locator("img, script")).toHaveCount(0);
  await expect(pane.getByText("click")).not.toHaveAttribute("href", /javascript/);
  await pane.getByText("click").click();
  await expect(pane).toContainText("[alt text]");
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
  ).toBeUndefined();
  await context.close();
});

// What someone holding a secret could forge: a preview link in the admin's format (a base64url
// claims payload, a dot, its HMAC-SHA256), valid for ten minutes.
function forgedPreviewLink(secret: string, eventId: string): string {
  const claims = { entityType: "EVENT", id: eventId, exp: Date.now() + 10 * 60 * 1000 };
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const signature = createHmac("sha256", secret).update(payload).digest("base64url");
  return `${WEB_URL}/api/preview?token=${encodeURIComponent(`${payload}.${signature}`)}`;
}

test("the revalidation secret, sent on every publish, cannot sign a preview of a draft", async ({
  api,
  request,
}) => {
  const event = await draftEvent(api, { title: unique("Draft behind the preview secret") });

  const withRevalidateSecret = await request.get(
    forgedPreviewLink(E2E_SECRETS.REVALIDATE_SECRET, event.id),
    { maxRedirects: 0 },
  );
  expect(withRevalidateSecret.status()).toBe(401);
  expect(await withRevalidateSecret.text()).toContain("This preview link is invalid");

  // The same link signed with the preview secret opens the draft: the format above is right.
  const withPreviewSecret = await request.get(
    forgedPreviewLink(E2E_SECRETS.PREVIEW_SECRET, event.id),
    { maxRedirects: 0 },
  );
  expect(withPreviewSecret.status()).toBe(307);
  expect(withPreviewSecret.headers().location).toMatch(
    /\/events\/draft-behind-the-preview-secret-[^?]+\?preview=/,
  );
});
