import { exifr } from "../lib/media/exifr";
import { expect, test, type Page } from "@playwright/test";
import { CAMERA, cameraJpeg } from "../tests/media/fixtures";
import { as, closeOpenedContexts, createDraft, saved, storyText, unique } from "./editor-helpers";

// The acceptance test: a reporter uploads a picture with alt text and credit, makes it the
// lead, puts another into the text; the editor publishes; the reader's page shows both with srcset,
// caption and credit, og:image and JSON-LD point at the crops, the tag page and the related feed of
// a neighbouring story show a thumbnail, and no picture a reader can fetch carries the original's
// GPS or camera fields. Bad uploads are refused.

test.afterEach(closeOpenedContexts);

const panel = (page: Page) => page.getByRole("region", { name: "Pictures" });

async function fillDetails(page: Page, alt: string, caption: string, credit: string) {
  const form = page.getByRole("form", { name: "Upload a picture" });
  await form.getByLabel("Alt text").fill(alt);
  await form.getByLabel("Caption").fill(caption);
  await form.getByLabel("Credit", { exact: true }).fill(credit);
  return form;
}

// The draft's text as the writer types it, then its tag, picked from the matches: Port and shipping.
async function writeAndTag(page: Page, text: string) {
  await storyText(page).click();
  await page.keyboard.type(text);
  await page.getByLabel("Add a tag").fill("harbour");
  await page
    .getByRole("listbox", { name: "Matching tags" })
    .getByRole("option", { name: "Port and shipping" })
    .click();
}

test("a lead image and a picture in the text, from upload to the reader", async ({ browser }) => {
  test.setTimeout(180_000);
  const headline = `Lighthouse keepers strike ${unique()}`;
  // A neighbour on the same tag, published first and without a picture: once the reporter's story
  // is out, its related feed lists that story with its thumbnail.
  const editor = await as(browser, "editor");
  const neighbour = `Lighthouse keepers strike: the north light walked out ${unique()}`;
  await createDraft(editor, neighbour);
  await writeAndTag(editor, "The keepers of the north light walked out on Monday over pay.");
  await saved(editor);
  await expect(editor.getByTestId("gate-summary")).toContainText("Ready");
  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByTestId("story-status")).toHaveText("Published");
  const neighbourSlug = await editor.getByLabel("Slug").inputValue();

  const reporter = await as(browser, "reporter");
  await createDraft(reporter, headline);
  const body = storyText(reporter);
  await writeAndTag(reporter, "The keepers of the north light walked out on Monday.");
  await expect(panel(reporter)).toContainText("No lead image.");

  // Bad input first: a text file named .jpg, then a picture without alt text.
  await panel(reporter).getByRole("button", { name: "Choose lead image" }).click();
  await panel(reporter).getByRole("button", { name: "Upload a new picture" }).click();
  let form = await fillDetails(reporter, "A keeper", "The keeper.", "Jane Doe / Agency");
  await form.locator("#upload-file").setInputFiles({
    name: "keeper.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("this is a text file, not a picture"),
  });
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByRole("alert")).toContainText("is not a JPEG, PNG, WebP or AVIF image");

  const leadJpeg = await cameraJpeg(2400, 1600, Math.random());
  await form.locator("#upload-file").setInputFiles({
    name: "IMG_4411.JPG",
    mimeType: "image/jpeg",
    buffer: leadJpeg,
  });
  await form.getByLabel("Alt text").fill("");
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByRole("alert")).toContainText("alt text");

  // The real upload, by the file picker: it becomes the lead image.
  form = await fillDetails(
    reporter,
    "A keeper climbs the spiral stairs of the north light",
    "Keepers on the stairs of the north light.",
    "Jane Doe / Agency",
  );
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(panel(reporter).getByTestId("lead-image")).toContainText(
    "Photo: Jane Doe / Agency",
    {
      timeout: 60_000,
    },
  );

  // A second picture, dropped on the zone, goes into the text at the cursor.
  await body.click();
  await reporter.keyboard.press("Control+End");
  await panel(reporter).getByRole("button", { name: "Insert picture in text" }).click();
  await panel(reporter).getByRole("button", { name: "Upload a new picture" }).click();
  const lampAlt = `The lamp room at dusk ${unique()}`;
  form = await fillDetails(reporter, lampAlt, "The lamp.", "John Roe");
  const second = (await cameraJpeg(1200, 900, Math.random())).toString("base64");
  const dropped = await reporter.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], "lamp.jpg", { type: "image/jpeg" }));
    return transfer;
  }, second);
  await form.getByTestId("drop-zone").dispatchEvent("drop", { dataTransfer: dropped });
  await expect(form.getByTestId("drop-zone")).toContainText("Ready: lamp.jpg");
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(body.locator("figure[data-media-id]")).toHaveCount(1, { timeout: 60_000 });
  await expect(body.locator("figure[data-media-id]")).toContainText("Photo: John Roe");
  await saved(reporter);
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByTestId("story-status")).toHaveText("In review");
  const slug = await reporter.getByLabel("Slug").inputValue();

  await editor.goto(reporter.url());
  await expect(editor.getByTestId("gate-summary")).toContainText("Ready");
  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByTestId("story-status")).toHaveText("Published");

  // The reader.
  const reader = await as(browser, null);
  await reader.goto(`/news/${slug}`);
  const lead = reader.locator("figure.lead");
  const leadImg = lead.locator("img");
  await expect(leadImg).toHaveAttribute("srcset", /-480\.jpg 480w, .*-1600\.jpg 1600w/);
  await expect(lead.locator('source[type="image/avif"]')).toHaveAttribute(
    "srcset",
    /-800\.avif 800w/,
  );
  await expect(leadImg).toHaveAttribute("width", "1600");
  await expect(leadImg).toHaveAttribute("height", "1067");
  await expect(leadImg).toHaveAttribute(
    "alt",
    "A keeper climbs the spiral stairs of the north light",
  );
  await expect(lead.locator("figcaption")).toHaveText(
    "Keepers on the stairs of the north light. Photo: Jane Doe / Agency",
  );
  const inText = reader.locator(".body figure");
  await expect(inText.locator("img")).toHaveAttribute("loading", "lazy");
  await expect(inText.locator("img")).toHaveAttribute("srcset", /-1200\.jpg 1200w/);
  await expect(inText.locator("figcaption")).toHaveText("The lamp. Photo: John Roe");
  await expect
    .poll(() => leadImg.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
    .toBeGreaterThan(0);
  const shown = await leadImg.evaluate((i: HTMLImageElement) => i.currentSrc);
  expect(shown).toMatch(/\.avif$/); // Chromium picks the AVIF source

  const ogImage = await reader.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toMatch(/\/media\/[a-f0-9]{20}-16x9\.jpg$/);
  const ld = JSON.parse(
    (await reader.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
  );
  expect(ld.image).toHaveLength(3);
  expect(ld.image[0]).toBe(ogImage);

  // Every picture a reader can fetch from the page: immutable, and nothing of the camera or place.
  const urls = new Set<string>([ogImage as string, ...ld.image]);
  for (const el of await reader.locator("picture img, picture source").all())
    for (const part of ((await el.getAttribute("srcset")) ?? "").split(","))
      urls.add(part.trim().split(" ")[0]);
  expect(urls.size).toBeGreaterThan(15);
  for (const url of urls) {
    const res = await reader.request.get(new URL(url, reader.url()).pathname);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const bytes = await res.body();
    for (const secret of [CAMERA.serial, CAMERA.model, CAMERA.make])
      expect(bytes.includes(Buffer.from(secret)), `${url} carries ${secret}`).toBe(false);
    if (url.endsWith(".jpg")) expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
  }

  // Lists show a thumbnail.
  await reader.goto("/tags/port-and-shipping");
  const item = reader.locator("li", { has: reader.getByRole("link", { name: headline }) });
  await expect(item.locator("picture.thumb img")).toHaveAttribute("src", /-t160\.jpg$/);

  // So does the related feed of the neighbouring story: the lead image's 4:3 thumbnail, small,
  // sized and lazy, decorative beside its headline; the neighbour itself has no picture.
  const cropKey = (ogImage as string).match(/([a-f0-9]{20})-16x9\.jpg$/)?.[1];
  await reader.goto(`/news/${neighbourSlug}`);
  await expect(reader.locator("figure.lead")).toHaveCount(0);
  const feed = reader.getByRole("region", { name: "Related stories" });
  const related = feed.locator("li", { has: reader.getByRole("link", { name: headline }) });
  const thumb = related.locator("picture.thumb img");
  await expect(thumb).toHaveAttribute("src", `/media/${cropKey}-t160.jpg`);
  await expect(thumb).toHaveAttribute(
    "srcset",
    `/media/${cropKey}-t160.jpg 160w, /media/${cropKey}-t320.jpg 320w`,
  );
  await expect(related.locator('picture.thumb source[type="image/webp"]')).toHaveAttribute(
    "srcset",
    `/media/${cropKey}-t160.webp 160w, /media/${cropKey}-t320.webp 320w`,
  );
  await expect(thumb).toHaveAttribute("alt", "");
  await expect(thumb).toHaveAttribute("loading", "lazy");
  await expect(thumb).toHaveAttribute("width", "160");
  await expect(thumb).toHaveAttribute("height", "120");
  await thumb.scrollIntoViewIfNeeded();
  await expect
    .poll(() => thumb.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
    .toBeGreaterThan(0);
  expect(await thumb.evaluate((i: HTMLImageElement) => i.getBoundingClientRect().width)).toBe(80);

  // The library: who uploaded it, where it is used; search by credit.
  await reporter.goto("/admin/media?q=John+Roe");
  await expect(reporter.getByRole("link", { name: new RegExp(lampAlt) })).toContainText(
    "Used in 1 story",
  );
  await reporter.getByRole("link", { name: new RegExp(lampAlt) }).click();
  await expect(reporter.getByRole("main")).toContainText("in the text, published");
  await expect(reporter.getByRole("main")).toContainText("Uploaded by");
});
