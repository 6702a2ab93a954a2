import { expect, test } from "@playwright/test";
import { demoAccount } from "../fixtures/accounts";
import { submitSignIn } from "../fixtures/sign-in";
import { expectSiteIcons } from "../fixtures/site-icons";

test("the staff app has a favicon, icons and a web app manifest", async ({ page }) => {
  // Signed in: the proxy sends a signed-out request for anything but /favicon.ico to /sign-in.
  await submitSignIn(page, "/sign-in", demoAccount("admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expectSiteIcons(page);
});
