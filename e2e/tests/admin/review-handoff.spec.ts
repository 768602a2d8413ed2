// Review hand-offs (issue 19, item 7): a contributor submits a draft to a chosen editor, who finds
// it in their inbox (another editor does not); the editor requests changes with a note, which the
// author reads in their inbox and on the edit page.
import { expect, test } from "../fixtures/admin-api";
import { createUser, newSession } from "../fixtures/admin-session";
import { draftPerson, unique } from "../fixtures/content";
import { submitForReview } from "../fixtures/workflow";

test("a draft submitted to a chosen editor waits in their inbox; changes requested reach the author with the note", async ({
  api,
  browser,
}) => {
  // Three people's sessions and several pages.
  test.slow();
  const [contributorUser, reviewerUser, otherEditorUser] = await Promise.all([
    createUser(api, "CONTRIBUTOR", "author"),
    createUser(api, "EDITOR", "reviewer"),
    createUser(api, "EDITOR", "bystander"),
  ]);
  const name = unique("Person under review");
  const person = await draftPerson(api, name);

  // The author submits it, asking the reviewer by name.
  const author = await newSession(browser, contributorUser);
  await author.page.goto(`/actors/${person.id}`);
  await submitForReview(author.page, `${reviewerUser.name} (${reviewerUser.email})`);

  // In the reviewer's inbox, counted in the sidebar, linked to the edit page.
  const reviewer = await newSession(browser, reviewerUser);
  await reviewer.page.goto("/inbox");
  const nav = reviewer.page.getByRole("navigation", { name: "Admin sections" });
  await expect(nav.getByRole("link", { name: /^Inbox \d+ waiting$/ })).toBeVisible();
  const waiting = reviewer.page.getByRole("region", { name: /Waiting for your review/ });
  await expect(waiting.getByRole("listitem").filter({ hasText: name })).toContainText(
    `Asked of you by ${contributorUser.name}`,
  );

  // Not in another editor's: it was asked of someone by name.
  const bystander = await newSession(browser, otherEditorUser);
  await bystander.page.goto("/inbox");
  await expect(
    bystander.page.getByRole("heading", { name: /Waiting for your review/ }),
  ).toBeVisible();
  await expect(bystander.page.getByText(name)).toHaveCount(0);

  // The reviewer requests changes with a note.
  await waiting.getByRole("link", { name }).click();
  await expect(reviewer.page).toHaveURL(new RegExp(`/actors/${person.id}$`));
  await expect(reviewer.page.getByText(`Waiting for review by ${reviewerUser.name}`)).toBeVisible();
  await reviewer.page.getByRole("button", { name: "Request changes…" }).click();
  const ask = reviewer.page.getByRole("dialog", { name: "Request changes?" });
  // A request without a note is refused before it is sent.
  await ask.getByRole("button", { name: "Request changes", exact: true }).click();
  await expect(ask.getByText("Say what should change")).toBeVisible();
  const note = "Add the other spelling of the name from the 2019 report.";
  await ask.getByLabel("What should change").fill(note);
  await ask.getByRole("button", { name: "Request changes", exact: true }).click();
  await expect(reviewer.page.getByText("Sent back to draft")).toBeVisible();
  await expect(
    reviewer.page.getByRole("region", { name: "Workflow" }).getByText("Draft"),
  ).toBeVisible();

  // The author reads the note in their inbox and on the edit page.
  await author.page.goto("/inbox");
  const sentBack = author.page
    .getByRole("region", { name: /Changes requested on your records/ })
    .getByRole("listitem")
    .filter({ hasText: name });
  await expect(sentBack).toContainText(note);
  await expect(sentBack).toContainText(`Changes requested by ${reviewerUser.name}`);
  await sentBack.getByRole("link", { name }).click();
  await expect(author.page.getByRole("region", { name: "Changes requested" })).toContainText(note);

  for (const s of [author, reviewer, bystander]) await s.context.close();
});
