import { expect, test } from "@playwright/test";

// The outlet's marks as a browser and a search engine fetch them: the favicon every browser asks
// for (it used to be a 404, logged as a console error), and the logo the JSON-LD publisher names.

const STORY = "/news/integrity-commission-opens-inquiry-into-harbour-front-land-sales";

test("a story page loads with no console error and names a publisher logo that is a real image", async ({
  page,
  request,
}) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(STORY);
  // Chromium fetches the favicon after load; give it the chance to fail.
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe("image/x-icon");
  expect((await favicon.body()).readUInt16LE(2)).toBe(1); // an ICO header
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);

  const ld = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}",
  );
  expect(ld.publisher.name).toBeTruthy();
  const logoUrl = new URL(ld.publisher.logo.url);
  const logo = await request.get(logoUrl.pathname);
  expect(logo.status()).toBe(200);
  expect(logo.headers()["content-type"]).toBe("image/png");
  expect(ld.publisher.logo.width).toBe(512);
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute(
    "href",
    "/icon.svg",
  );
});
