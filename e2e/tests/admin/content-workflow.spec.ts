import type { APIRequestContext } from "@playwright/test";

import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import {
  call,
  eventForEdit,
  eventForm,
  publicEventUrl,
  publishedEvent,
  publishedSource,
  unique,
} from "../fixtures/content";
import { publishFromBar, submitForReview } from "../fixtures/workflow";

/** The public page's status and text, read fresh. */
async function publicPage(request: APIRequestContext, slug: string) {
  const response = await request.get(publicEventUrl(slug));
  return { status: response.status(), text: await response.text() };
}

test("a contributor drafts an event with a citation and submits it; an editor publishes it and the public site shows it", async ({
  api,
  browser,
  request,
}) => {
  // A journey through several pages and sessions: three times the default budget.
  test.slow();
  const sourceTitle = unique("Report on assemblies");
  await publishedSource(api, sourceTitle);
  const contributor = await newSession(browser, await createUser(api, "CONTRIBUTOR"));
  const page = contributor.page;
  const title = unique("Activists detained in Almaty");

  await page.goto("/events/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  // The slug is made from the title, as the server will make it.
  await expect(page.getByTestId("slug-preview")).toContainText(
    "/events/activists-detained-in-almaty-",
  );
  await page.getByLabel("Summary").fill("Police detained activists after a peaceful rally.");
  await page.getByLabel("Start", { exact: true }).fill("2024-05-01");
  await page
    .getByLabel("Body", { exact: true })
    .fill("## What happened\n\nSeven activists were detained.");
  await page.getByLabel("Add a citation: find a source").fill(sourceTitle);
  await page.getByRole("button", { name: `Attach: ${sourceTitle}` }).click();
  await page.getByLabel("Locator").fill("p. 4");
  await page.getByRole("button", { name: "Create draft" }).click();

  await expect(page).toHaveURL(/\/events\/[^/]+\?created=1$/);
  await expect(page.getByText("created as a draft")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const slug = await page.getByLabel("Slug").inputValue();
  expect(slug).toMatch(/^activists-detained-in-almaty-/);

  // A contributor submits, and cannot publish.
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toHaveCount(0);
  // Whom to ask: any editor.
  await submitForReview(page);
  await expect(page.getByRole("region", { name: "Workflow" }).getByText("In review")).toBeVisible();
  expect((await publicPage(request, slug)).status).toBe(404);

  // An editor publishes it; the public page shows it (how fast is npm run bench's figure, not a
  // timed assertion that a busy machine would fail).
  const editor = await newSession(browser, await createUser(api, "EDITOR"));
  await editor.page.goto(`/events/${id}`);
  await publishFromBar(editor.page);
  await expect(editor.page.getByText("Published: the public site shows it now.")).toBeVisible();
  await expect
    .poll(async () => (await publicPage(request, slug)).status, { intervals: [100] })
    .toBe(200);
  const published = await publicPage(request, slug);
  expect(published.text).toContain(title);
  expect(published.text).toContain("Seven activists were detained.");

  await contributor.context.close();
  await editor.context.close();
});

test("an edit to a published event waits as pending changes until it is published", async ({
  api,
  browser,
  request,
}) => {
  // A journey through several pages and sessions: three times the default budget.
  test.slow();
  const source = await publishedSource(api, unique("Court records"));
  const title = unique("Journalist sentenced");
  const event = await publishedEvent(api, {
    title,
    body: "The original account.",
    sourceId: source.id,
  });
  const { form } = await eventForEdit(api, event.id);
  await expect.poll(async () => (await publicPage(request, form.slug)).status).toBe(200);

  const editor = await newSession(browser, await createUser(api, "EDITOR"));
  const page = editor.page;
  await page.goto(`/events/${event.id}`);
  await page.getByLabel("Body", { exact: true }).fill("The corrected account.");
  await page.getByLabel("Change note").fill("Corrected the account");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/as pending changes/)).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Workflow" })
      .getByText(
        /Pending changes \(body\): the public page shows the published version until you publish/,
      ),
  ).toBeVisible();

  // The public page keeps the published text.
  const before = await publicPage(request, form.slug);
  expect(before.text).toContain("The original account.");
  expect(before.text).not.toContain("The corrected account.");

  // Publishing asks first, showing what the public page will change from and to.
  await page.getByRole("button", { name: "Publish changes" }).click();
  const confirm = page.getByRole("dialog", { name: "Publish changes?" });
  const bodyRow = confirm.getByRole("row", { name: /^Body/ });
  await expect(bodyRow).toContainText("The original account.");
  await expect(bodyRow).toContainText("The corrected account.");
  await confirm.getByRole("button", { name: "Publish changes" }).click();
  await expect(page.getByText("Changes published: the public site shows them now.")).toBeVisible();
  await expect
    .poll(async () => (await publicPage(request, form.slug)).text, { intervals: [100] })
    .toContain("The corrected account.");
  expect((await publicPage(request, form.slug)).text).toContain("Corrected the account");
  await editor.context.close();
});

test("publishing is offered only with a citation, and explains why not", async ({
  api,
  browser,
}) => {
  const draft = await call<{ id: string }>(
    api,
    "event.admin.create",
    eventForm({ title: unique("Uncited") }),
  );
  const editor = await newSession(browser, await createUser(api, "EDITOR"));
  await editor.page.goto(`/events/${draft.id}`);
  const publish = editor.page.getByRole("button", { name: "Publish", exact: true });
  await expect(publish).toBeDisabled();
  await expect(
    editor.page.getByText(/Publishing is not possible yet: an event needs at least one citation/),
  ).toBeVisible();
  await editor.context.close();
});
