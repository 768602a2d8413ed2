// Issue 7, item 3 in the admin: hostile record text is inert where editors see it — in the list,
// in the editor's live markdown preview, and in the public site's draft preview the admin opens.
import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { call, unique } from "../fixtures/content";
import {
  expectInertDocument,
  expectInertMarkdown,
  expectNothingRan,
  guardContext,
  HOSTILE_BODY,
  hostileEventForm,
  hostileTitle,
} from "../fixtures/hostile";

test("hostile markdown is inert in the editor, its live preview and the public draft preview", async ({
  api,
  browser,
}) => {
  // Two apps and three pages, one after the other.
  test.slow();
  const title = hostileTitle(unique("draft").split(" ")[1]!);
  const draft = await call<{ id: string }>(api, "event.admin.create", hostileEventForm(title));
  const editor = await createUser(api, "EDITOR", "hostile-editor");

  const { context, page } = await newSession(browser, editor);
  const expectNothingEscaped = await guardContext(context);

  // The list shows the hostile title as text.
  await page.goto(`/events?q=${encodeURIComponent("Hostile")}`);
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // The editor's live preview renders the saved body with the public site's component.
  await page.goto(`/events/${draft.id}`);
  const pane = page.getByTestId("body-preview");
  await expectInertMarkdown(pane.locator(".kz-prose").first());
  await expectInertDocument(page);

  // The public site's preview of the draft, opened from the editor.
  const popup = context.waitForEvent("page");
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = await popup;
  await preview.waitForLoadState("networkidle");
  await expect(preview.getByRole("note", { name: "Preview" })).toBeVisible();
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectInertMarkdown(preview.locator(".kz-prose").first());
  await expectInertDocument(preview);
  await preview.getByText("markdown javascript link").click();
  await expect(preview).toHaveURL(/\/events\/[^/]+\?preview=/);
  await expectNothingRan(preview);

  // Back in the editor, typing more of it keeps it inert as the live preview follows.
  const body = page.getByLabel("Body", { exact: true });
  await body.fill(`${HOSTILE_BODY}\n\n<img src=x onerror="window.__kzPwned='typed'">typed last`);
  await expect(pane).toContainText("typed last");
  await expectInertMarkdown(pane.locator(".kz-prose").first());
  await expectNothingRan(page);

  await expectNothingEscaped(page, preview);
  await context.close();
});
