import { expect, test } from "@playwright/test";
import { as, closeOpenedContexts, createDraft, saved, unique } from "./editor-helpers";

// The loop between the newsroom and the reader's cached pages: a publish, an edit to a live story
// and an unpublish are each visible to the reader on the next load.
test.afterEach(closeOpenedContexts);

test("an editor publishes, edits and unpublishes; the reader sees each change on the next load", async ({
  browser,
}) => {
  const headline = `Ferry timetable cut for winter ${unique()}`;
  const editor = await as(browser, "editor");
  await createDraft(editor, headline);
  const body = editor.getByRole("textbox", { name: "Story text" });
  await body.click();
  await editor.keyboard.type(
    "The island ferry will sail twice a day from next month, the operator said.",
  );
  await editor.getByLabel("Add a tag").fill("port");
  await editor.getByRole("listbox", { name: "Matching tags" }).getByRole("option").first().click();
  await saved(editor);
  await expect(editor.getByTestId("gate-summary")).toContainText("Ready");
  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByTestId("story-status")).toHaveText("Published");
  const slug = await editor.getByLabel("Slug").inputValue();

  // The reader loads the page (and so fills the cache) and the front page.
  const reader = await as(browser, null);
  await reader.goto(`/news/${slug}`);
  await expect(reader.locator("main")).toContainText("sail twice a day");
  await reader.goto("/");
  await expect(reader.locator("main")).toContainText(headline);

  // An edit to the live story republishes it; the cached article and front page refresh.
  const newHeadline = `${headline}, then restored`;
  await editor.getByLabel("Headline").fill(newHeadline);
  await body.click();
  await editor.keyboard.press("End");
  await editor.keyboard.type(" Weekend sailings are unchanged.");
  await saved(editor);
  await reader.goto(`/news/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(newHeadline);
  await expect(reader.locator("main")).toContainText("Weekend sailings are unchanged.");
  await reader.goto("/");
  await expect(reader.locator("main")).toContainText(newHeadline);

  // Unpublished: the article answers 410 Gone and leaves the front page.
  editor.once("dialog", (d) => void d.accept());
  await editor.getByRole("button", { name: "Unpublish" }).click();
  await expect(editor.getByTestId("story-status")).toHaveText("Unpublished");
  const gone = await reader.goto(`/news/${slug}`);
  expect(gone?.status()).toBe(410);
  await reader.goto("/");
  await expect(reader.locator("main")).not.toContainText(newHeadline);
});
