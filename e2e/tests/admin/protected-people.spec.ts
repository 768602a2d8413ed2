// Protected people in the admin (issue 14): editors see the real name, with a clear "Protected"
// marker in the list and the form; a pseudonym is given on saving; removing the protection asks
// first, naming the consequence, is audited, and is not a contributor's to do.
import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { call, unique } from "../fixtures/content";

interface AuditPage {
  items: { action: string; entityId: string | null }[];
}

const auditLines = async (
  api: Parameters<typeof call>[0],
  action: string,
  entityId: string,
): Promise<AuditPage["items"]> =>
  (await call<AuditPage>(api, "audit.list", { action, entityId }, "query")).items;

const PROTECT = "Withhold this person's identity from the public";

test("an editor protects a person, sees them marked, and removes the protection only after confirming", async ({
  api,
  editorPage: page,
}) => {
  test.slow(); // a session, three saves and a dialog
  const name = unique("Witness Saule");
  await page.goto("/actors/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Kind").selectOption({ label: "Person" });
  await page.getByRole("checkbox", { name: PROTECT }).check();
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/actors\/[^/]+\?created=1$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;

  // The real name for editors, the marker, and the pseudonym given on saving.
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("checkbox", { name: PROTECT })).toBeChecked();
  await expect(page.getByText("Protected", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Pseudonym")).toHaveValue(/^Person [A-Z]+$/);
  // Opening them is on the record.
  expect((await auditLines(api, "actor.view-protected", id)).length).toBeGreaterThan(0);

  await page.goto(`/actors?q=${encodeURIComponent(name)}`);
  const row = page.locator("table tbody tr", { hasText: name });
  await expect(row).toContainText("Protected");

  // Unticking asks first; cancelling keeps the protection.
  await page.goto(`/actors/${id}`);
  const box = page.getByRole("checkbox", { name: PROTECT });
  await box.click();
  const dialog = page.getByRole("dialog", { name: "Remove this person's protection?" });
  await expect(dialog).toContainText("Their real name");
  await expect(dialog).toContainText("will be public once published");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(box).toBeChecked();
  expect(await auditLines(api, "actor.unprotect", id)).toEqual([]);

  await box.click();
  await dialog.getByRole("button", { name: "Remove protection" }).click();
  await expect(box).not.toBeChecked();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved: version 2.")).toBeVisible();
  expect(await auditLines(api, "actor.unprotect", id)).toEqual([
    expect.objectContaining({ action: "actor.unprotect", entityId: id }),
  ]);
});

test("a contributor cannot remove a person's protection", async ({ api, browser }) => {
  const created = await call<{ id: string; version: number }>(api, "actor.admin.create", {
    name: unique("Witness Nurlan"),
    slug: "",
    kind: "person",
    otherNames: [],
    description: "",
    isProtected: true,
  });
  const { page, context } = await newSession(browser, await createUser(api, "CONTRIBUTOR"));
  await page.goto(`/actors/${created.id}`);
  const box = page.getByRole("checkbox", { name: PROTECT });
  await expect(box).toBeChecked();
  await expect(box).toBeDisabled();
  await expect(page.getByText("Only an editor can remove a person's protection.")).toBeVisible();
  await context.close();
});
