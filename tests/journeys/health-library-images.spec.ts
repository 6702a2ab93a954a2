import { expect, test, type Browser, type Page } from "@playwright/test";
import { testPng } from "@clinic/db/testing/png";
import { demoAccount } from "../fixtures/accounts";
import { expectNoSeriousA11yViolations } from "../fixtures/axe";
import { patientSite, staffAdmin } from "../fixtures/apps";
import { submitSignIn } from "../fixtures/sign-in";

const png = testPng;

async function signedInEditor(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await submitSignIn(page, staffAdmin("/sign-in"), demoAccount("content_editor"));
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

async function newDraft(editor: Page, title: string, slug: string) {
  await editor.goto(staffAdmin("/library/new"));
  await editor.getByRole("textbox", { name: "Title (required)" }).fill(title);
  await editor.getByLabel("Address (slug)").fill(slug);
  await editor.getByLabel("Kind").selectOption("condition");
  await editor.getByLabel("Summary").fill("How the ribs meet the spine.");
  await editor.getByLabel("Text (Markdown)").fill("## The joints\n\nEach rib meets the spine at two small joints.");
  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(editor.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("an editor uploads an image with alt text into a draft; the editor's and the patient site's previews show it", async ({ browser }) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const title = `Rib joints ${run}`;
  const editor = await signedInEditor(browser);
  await newDraft(editor, title, `rib-joints-${run}`);

  // Refused by its bytes, whatever the name says.
  await editor.locator('input[type="file"][name="file"]').setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
  await editor.getByLabel("Description (alt text)").fill("A photo");
  await editor.getByRole("button", { name: "Upload image" }).click();
  await expect(editor.getByText("Upload a JPEG, PNG or WebP image.").first()).toBeVisible();

  const image = png(64, 48, Date.now() % 250);
  await editor.locator('input[type="file"][name="file"]').setInputFiles({ name: "joints.png", mimeType: "image/png", buffer: image });
  await editor.getByLabel("Description (alt text)").fill(`Diagram of the rib joints ${run}`);
  await editor.getByRole("button", { name: "Upload image" }).click();
  await expect(editor.getByRole("heading", { name: "Image uploaded" })).toBeFocused();
  await editor.getByRole("button", { name: "Insert into the text" }).click();
  await expect(editor.getByLabel("Text (Markdown)")).toHaveValue(new RegExp(`!\\[Diagram of the rib joints ${run}\\]\\(/media/[0-9a-f]{64}\\?w=64&h=48\\)`));

  const inEditor = editor.getByLabel("Preview of the text").getByRole("img", { name: `Diagram of the rib joints ${run}` });
  await expect(inEditor).toHaveAttribute("width", "64");
  await expect(inEditor).toHaveAttribute("height", "48");
  await expect.poll(() => inEditor.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(64);
  await expectNoSeriousA11yViolations(editor, "the article editor with an uploaded image");

  await editor.getByRole("button", { name: "Save draft" }).click();
  await expect(editor.getByText(/Saved as revision/)).toBeVisible();
  // The preview link names the latest revision: read it from the page as it is now.
  await editor.reload();
  const previewHref = await editor.getByRole("link", { name: "Preview this revision on the patient site" }).getAttribute("href");
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(previewHref!);
  const shown = reader.getByRole("img", { name: `Diagram of the rib joints ${run}` });
  await expect(shown).toHaveAttribute("loading", "lazy");
  await shown.scrollIntoViewIfNeeded();
  await expect.poll(() => shown.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(64);

  // Resized by next/image's optimizer under the page's CSP, cached for a year.
  const src = await shown.getAttribute("src");
  expect(src).toMatch(/^\/_next\/image\?url=%2Fmedia%2F[0-9a-f]{64}&w=[0-9]+&q=75$/);
  // A 64 px original: asked for at the smallest article width, described by its real width.
  expect(await shown.getAttribute("srcset")).toBe(`${src} 64w`);
  const resized = await reader.request.get(patientSite(src!), { headers: { accept: "image/avif,image/webp,*/*" } });
  expect(resized.status()).toBe(200);
  expect(resized.headers()["content-type"]).toBe("image/webp");
  expect(resized.headers()["cache-control"]).toMatch(/max-age=31536000/);

  // The original bytes, immutable by hash.
  const original = new URL(patientSite(src!)).searchParams.get("url")!;
  const response = await reader.request.get(patientSite(original));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.compare(await response.body(), image)).toBe(0);
  expect((await reader.request.get(patientSite(`/media/${"0".repeat(64)}`))).status()).toBe(404);
});

test("uploading works with JavaScript off", async ({ browser }) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const setup = await signedInEditor(browser);
  await newDraft(setup, `Rib heads ${run}`, `rib-heads-${run}`);
  const articleUrl = setup.url();

  const editor = await signedInEditor(browser, false);
  await editor.goto(articleUrl);
  await editor.locator('input[type="file"][name="file"]').setInputFiles({ name: "heads.png", mimeType: "image/png", buffer: png(20, 10, (Date.now() + 7) % 250) });
  await editor.getByLabel("Description (alt text)").fill(`Rib heads ${run}`);
  await editor.getByRole("button", { name: "Upload image" }).click();
  await expect(editor.getByRole("heading", { name: "Image uploaded" })).toBeVisible();
  await expect(editor.getByRole("button", { name: "Insert into the text" })).toHaveCount(0);
  await expect(editor.getByLabel("Put this line in the text where the image belongs:")).toHaveValue(new RegExp(`^!\\[Rib heads ${run}\\]\\(/media/[0-9a-f]{64}\\?w=20&h=10\\)$`));
});

test("the thoracic spine article shows its labelled illustration", async ({ page }) => {
  await page.goto(patientSite("/health-library/thoracic-spine-anatomy"));
  const illustration = page.getByRole("img", { name: /Side view of the thoracic spine/ });
  await expect(illustration).toHaveAttribute("src", "/library-images/thoracic-spine.svg");
  await expect(illustration).toHaveAttribute("width", "780");
  await illustration.scrollIntoViewIfNeeded();
  await expect.poll(() => illustration.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(780);
  await expectNoSeriousA11yViolations(page, "the thoracic spine article");
});
