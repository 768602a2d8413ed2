import { expect, test } from "@playwright/test";

test("the home page lists the latest events from the record, Zhanaozen 2011 among them", async ({
  page,
}) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Human rights in Kazakhstan" }),
  ).toBeVisible();
  const latest = page.getByRole("region", { name: "Latest events" });
  await expect(latest.getByRole("article").first()).toBeVisible();
  const zhanaozen = page.getByRole("link", { name: /Zhanaozen/ });
  // Seeded as "16 December 2011", shown at day precision.
  await expect(zhanaozen.first()).toBeVisible();
  await expect(page.getByText("16 December 2011").first()).toBeVisible();
});
