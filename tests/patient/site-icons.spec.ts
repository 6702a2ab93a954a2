import { expect, test, type APIRequestContext } from "@playwright/test";

/** The manifest and every icon it or the page's <head> names answer with an image. */
async function expectIconsServed(request: APIRequestContext, hrefs: string[]) {
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toMatch(/^image\//);
  }
}

test("the patient site has a favicon, icons and a web app manifest", async ({ page, request }) => {
  await page.goto("/");
  const iconHrefs = await page.locator('head link[rel="icon"], head link[rel="apple-touch-icon"]').evaluateAll((links) =>
    links.map((link) => link.getAttribute("href") ?? ""),
  );
  expect(iconHrefs.length).toBeGreaterThanOrEqual(2);
  const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBeTruthy();

  const manifest = (await (await request.get(manifestHref!)).json()) as { name: string; icons: { src: string; sizes: string }[] };
  expect(manifest.name).toBeTruthy();
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  await expectIconsServed(request, ["/favicon.ico", ...iconHrefs, ...manifest.icons.map((icon) => icon.src)]);
});
