import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";

test.describe("health library search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the GET form finds articles and highlights the matched words", async ({ page }) => {
    await page.goto("/health-library");
    await page.getByRole("searchbox", { name: "Search the health library" }).fill("upper back pain");
    await page.getByRole("button", { name: "Search" }).click();

    await expect(page).toHaveURL(/\/health-library\?q=upper\+back\+pain$/);
    await expect(page.getByRole("heading", { level: 2, name: /articles? for “upper back pain”/ })).toBeVisible();
    const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) }).first();
    await expect(first.getByRole("link")).toHaveAttribute("href", "/health-library/upper-back-pain");
    await expect(page.locator("mark").first()).toBeVisible();
    // The typed words stay in the field for refining the search.
    await expect(page.getByRole("searchbox", { name: "Search the health library" })).toHaveValue("upper back pain");
  });

  test("a misspelled title still finds the article, and nonsense says nothing was found", async ({ page }) => {
    await page.goto("/health-library?q=uper%20bak%20pain");
    await expect(page.getByRole("link", { name: "Upper back pain" })).toBeVisible();
    await page.goto("/health-library?q=xylophone%20quantum");
    await expect(page.getByRole("heading", { level: 2, name: "No articles found for “xylophone quantum”" })).toBeVisible();
  });
});

test("the search results page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/health-library?q=back%20pain");
  await expect(page.getByRole("heading", { level: 2, name: /for “back pain”/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the health library search results");
});

test("an article page carries MedicalWebPage JSON-LD with its review", async ({ page }) => {
  await page.goto("/health-library/upper-back-pain");
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
  const webPage = data.find((item) => item["@type"] === "MedicalWebPage");
  expect(webPage).toMatchObject({
    name: "Upper back pain",
    about: { "@type": "MedicalCondition" },
    reviewedBy: { "@type": "Physician" },
  });
  expect(webPage?.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toMatch(/\/health-library\/upper-back-pain$/);
});
