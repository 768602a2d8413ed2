// The audit log names each record by its title, linked to its edit page, and downloads the entries
// of the current filters as CSV (issue 19, item 8).
import { E2E_ADMIN } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession, signIn } from "../fixtures/admin-session";
import { draftPerson, unique } from "../fixtures/content";

test("audit entries name the record with a link, and the filtered entries download as CSV", async ({
  api,
  browser,
  page,
}) => {
  const name = unique("Audited person");
  const person = await draftPerson(api, name);
  await signIn(page.context().request, E2E_ADMIN);

  await page.goto(`/audit?entity=${person.id}`);
  const entry = page.getByRole("row").filter({ hasText: "actor.create" });
  await expect(entry).toHaveCount(1);
  await expect(entry.getByRole("link", { name })).toHaveAttribute("href", `/actors/${person.id}`);
  await expect(entry.locator("time")).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);

  // The download keeps the page's filters: only this record's entries.
  const download = page.getByRole("link", { name: /Download these entries as CSV/ });
  await expect(download).toHaveAttribute("href", `/audit/export?entity=${person.id}`);
  const response = await page.context().request.get(`/audit/export?entity=${person.id}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="audit-\d{4}-\d{2}-\d{2}T\d{6}Z\.csv"$/,
  );
  const lines = (await response.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe(
    "time (UTC),actor,action,record type,record id,record,record page,address,details",
  );
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`actor.create,Actor,${person.id},${name},`);
  expect(lines[1]).toContain(`/actors/${person.id}`);

  // The same access as the page: an editor is refused.
  const editor = await newSession(browser, await createUser(api, "EDITOR", "audit-export"));
  const refused = await editor.context.request.get(`/audit/export?entity=${person.id}`, {
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(403);
  await editor.context.close();
});
