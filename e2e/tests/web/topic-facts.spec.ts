import { expect, test, type Page } from "@playwright/test";

/** The facts and figures of the topic `slug`, open on `page`, and its fact that says `text`. */
async function topicFact(page: Page, slug: string, text: string) {
  await page.goto(`/topics/${slug}`);
  const facts = page.getByRole("region", { name: "Facts and figures" });
  return { facts, fact: facts.getByTestId("topic-fact").filter({ hasText: text }) };
}

// Issue 21, item 3: a topic's facts and figures, as the seed publishes them from the document,
// each with its qualifier as the document words it and a numbered note naming its source.
test("a topic page shows its figures with the document's qualifier, date and footnote", async ({
  page,
}) => {
  const { facts, fact: figure } = await topicFact(
    page,
    "religious-freedom",
    "over 3400 religious organizations",
  );
  await expect(figure).toContainText("Religious organizations in Kazakhstan");
  await expect(figure.locator("time")).toHaveAttribute("datetime", "2014");

  // Its marker links down to the note, which names the source and quotes the sentence.
  await figure.getByRole("link", { name: "Source 1" }).click();
  const note = facts.locator("#fact-1");
  await expect(note).toBeInViewport();
  await expect(note).toContainText("Human rights in Kazakhstan");
  await expect(note).toContainText(
    "As of 2014, there were over 3400 religious organizations in Kazakhstan.",
  );
});

test("an undated statement shows its speaker and no date", async ({ page }) => {
  const { facts, fact: statement } = await topicFact(
    page,
    "overview",
    "UNHCR on Kazakhstan's work on the refugee crisis",
  );
  await expect(statement).toContainText("Statement");
  await expect(statement.locator("time")).toHaveCount(0);
  await expect(
    facts.getByRole("listitem").filter({ hasText: "United Nations Refugee Agency, UNHCR" }),
  ).not.toHaveCount(0);
});
