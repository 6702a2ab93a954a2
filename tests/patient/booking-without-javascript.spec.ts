import { expect, test } from "@playwright/test";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("/book says plainly that booking online needs it and gives the clinic's phone", async ({ page }) => {
    const response = await page.goto("/book");
    expect(response?.status()).toBe(200);
    const notice = page.getByRole("status").filter({ hasText: "Booking online needs JavaScript" });
    await expect(notice).toBeVisible();
    const phone = notice.getByRole("link", { name: /\(\d{3}\) \d{3}-\d{4}/ });
    await expect(phone).toHaveAttribute("href", /^tel:\+?\d{10,}$/);
  });
});

test("with JavaScript, /book does not show the notice", async ({ page }) => {
  await page.goto("/book");
  await expect(page.getByRole("heading", { level: 2, name: "Choose a service" })).toBeVisible();
  await expect(page.getByText("Booking online needs JavaScript")).toBeHidden();
});
