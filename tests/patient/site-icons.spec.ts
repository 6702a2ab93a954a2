import { test } from "@playwright/test";
import { expectSiteIcons } from "../fixtures/site-icons";

test("the patient site has a favicon, icons and a web app manifest", async ({ page }) => {
  await page.goto("/");
  await expectSiteIcons(page);
});
