import { E2E_ADMIN } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-api";
import { createUser, signIn } from "../fixtures/admin-session";

const today = () => new Date().toISOString().slice(0, 10);

test("the audit log is filtered from the URL, by actor, action family, record type and dates", async ({
  api,
  page,
}) => {
  const from = today();
  const user = await createUser(api, "VIEWER", "audited");
  const to = today();

  await signIn(page.context().request, E2E_ADMIN);
  await page.goto("/audit");
  const filters = page.getByRole("search", { name: "Filter the audit log" });
  await filters.getByLabel("Actor (email)").fill(E2E_ADMIN.email);
  await filters.getByLabel("Action").fill("user");
  await filters.getByLabel("Record type").selectOption("USER");
  await filters.getByLabel("From (UTC)").fill(from);
  await filters.getByLabel("To (UTC)").fill(to);
  await filters.getByRole("button", { name: "Filter" }).click();

  await expect(page).toHaveURL(
    new RegExp(
      `actor=${encodeURIComponent(E2E_ADMIN.email)}.*action=user.*type=USER.*from=${from}`,
    ),
  );
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  for (const action of await page.getByRole("table").locator("tbody code").allTextContents()) {
    expect(action).toMatch(/^user\./);
  }

  // One record's entries, reached by its id.
  await page.goto(`/audit?entity=${user.id}`);
  const entry = page.getByRole("row").filter({ hasText: "user.create" });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(E2E_ADMIN.email);
  // When, to the second, with its time zone: entries a moment apart stay in order to the eye.
  await expect(entry.locator("time")).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  await entry.getByText("Details").click();
  await expect(entry).toContainText(user.email);
  // Read-only: nothing on the page changes an entry.
  await expect(page.getByRole("main").getByRole("button", { name: /edit|delete/i })).toHaveCount(0);
});

test("the audit log says when a filter matches nobody or is not a date", async ({ page }) => {
  await signIn(page.context().request, E2E_ADMIN);
  await page.goto("/audit?actor=nobody-here@e2e.example.org&from=2025-02-30");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "No user has the email nobody-here@e2e.example.org",
  );
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "“2025-02-30” is not a date",
  );
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
});
