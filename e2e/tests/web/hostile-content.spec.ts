// Issue 7, item 3 on the public site: an event whose text was written to attack its readers is
// rendered inert — no script runs, no dialog opens, no request leaves for another host.
import { expect, test } from "../fixtures/admin-api";
import { call, publishedSource, unique } from "../fixtures/content";
import {
  expectInertDocument,
  expectInertMarkdown,
  expectNothingRan,
  guardContext,
  hostileEventForm,
  HOSTILE_SUMMARY,
  hostileTitle,
} from "../fixtures/hostile";
import { expectNoncedScripts, expectSecurityHeaders } from "../fixtures/security";

test("a published event with hostile markdown, title and summary is inert for its readers", async ({
  api,
  page,
  context,
}) => {
  // Two apps: the admin API publishes a source and the event, then the reader's page is checked.
  test.slow();
  const source = await publishedSource(api, unique("Source of a hostile event"));
  const slug = `hostile-event-${Date.now().toString(36)}`;
  const title = hostileTitle(slug);
  const draft = await call<{ id: string; version: number }>(api, "event.admin.create", {
    ...hostileEventForm(title, { sourceId: source.id }),
    slug,
  });
  await call(api, "event.admin.publish", { id: draft.id, expectedVersion: draft.version });

  const expectNothingEscaped = await guardContext(context);
  const response = await page.goto(`/events/${slug}`);
  expect(response?.status()).toBe(200);
  const nonce = expectSecurityHeaders(response!, "the hostile event");
  expectNoncedScripts(await response!.text(), nonce, "the hostile event");
  await page.waitForLoadState("networkidle");

  // Still the same page (no refresh or base-URL redirect), its text shown as text.
  expect(page.url()).toMatch(new RegExp(`/events/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await expect(page.getByText(HOSTILE_SUMMARY).first()).toBeVisible();
  await expectInertMarkdown(page.locator(".kz-prose").first());
  await expectInertDocument(page);

  // A refused link is text: clicking it goes nowhere.
  await page.getByText("markdown javascript link").click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}$`));

  // Structured data carries the title as data, unbroken by its `</script>`.
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? "",
  ) as { headline?: string };
  expect(jsonLd.headline).toBe(title);

  await expectNothingRan(page);
  await expectNothingEscaped(page);
});
