import { expect, test, type Browser, type Page } from "@playwright/test";
import { testPng } from "@clinic/db/testing/png";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { submitSignIn } from "../fixtures/sign-in";

const PROVIDER = "Jordan Hayes";

const png = testPng;

async function providerEditor(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await submitSignIn(page, staffAdmin("/sign-in"), demoAccount("admin"));
  await expect(page).not.toHaveURL(/\/sign-in/);
  await page.goto(staffAdmin("/settings"));
  await page.getByRole("region", { name: "Providers" }).getByRole("link", { name: PROVIDER }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit ${PROVIDER}` })).toBeVisible();
  return page;
}

/** The photo as the patient site serves it: through /_next/image, resized, WebP, cached for a year. */
async function expectOptimizedPhoto(page: Page, alt: string) {
  const photo = page.getByRole("img", { name: alt });
  const src = await photo.getAttribute("src");
  expect(src).toMatch(/^\/_next\/image\?url=%2Fmedia%2F[0-9a-f]{64}&w=[0-9]+&q=75$/);
  await expect(photo).toHaveAttribute("sizes", "96px");
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);
  const response = await page.request.get(patientSite(src!), { headers: { accept: "image/avif,image/webp,*/*" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/webp");
  expect(response.headers()["cache-control"]).toMatch(/max-age=31536000/);
}

test("demo providers show placeholder photos that say so, through next/image", async ({ page }) => {
  await page.goto(patientSite("/providers"));
  await expectOptimizedPhoto(page, "Placeholder photo for Dr. Maya Okafor");
  await expectNoSeriousA11yViolations(page, "/providers with photos");
});

test("an administrator uploads a provider photo without JavaScript; patients see it; removing it leaves initials", async ({ browser }) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const alt = `${PROVIDER} smiling at the front desk ${run}`;

  const noScript = await providerEditor(browser, false);
  // Refused by its bytes, whatever the name says.
  await noScript.getByLabel(/^Photo|^New photo/).setInputFiles({ name: "me.png", mimeType: "image/png", buffer: Buffer.from("<svg onload=alert(1)>") });
  await noScript.getByRole("button", { name: /^(Upload|Replace) photo$/ }).click();
  await expect(noScript.getByText("Upload a JPEG, PNG or WebP image.").first()).toBeVisible();

  await noScript.getByLabel(/^Photo|^New photo/).setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png(120, 160, Date.now() % 250) });
  await noScript.getByLabel("Description (alt text)").fill(alt);
  await noScript.getByRole("button", { name: /^(Upload|Replace) photo$/ }).click();
  await expect(noScript.getByRole("heading", { name: "Photo saved" })).toBeVisible();
  await expect(noScript.getByRole("img", { name: alt })).toBeVisible();

  const patient = await (await browser.newContext()).newPage();
  await patient.goto(patientSite("/providers"));
  await expectOptimizedPhoto(patient, alt);
  await expect(patient.getByRole("img", { name: alt })).toHaveAttribute("width", "120");
  await expect(patient.getByRole("img", { name: alt })).toHaveAttribute("height", "160");

  const editor = await providerEditor(browser, true);
  await expectNoSeriousA11yViolations(editor, "the provider editor with a photo");
  await editor.getByRole("button", { name: "Remove photo" }).click();
  await expect(editor.getByRole("heading", { name: "Photo removed" })).toBeFocused();
  await expect(editor.getByRole("img", { name: alt })).toHaveCount(0);

  await patient.reload();
  const card = patient.locator(`#jordan-hayes-lmt`);
  await expect(card.getByRole("heading", { name: PROVIDER })).toBeVisible();
  await expect(card.getByRole("img")).toHaveCount(0);
  await expect(card).toContainText("JH");
});
