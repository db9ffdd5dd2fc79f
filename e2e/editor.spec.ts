import { expect, test, type Locator, type Page } from "@playwright/test";
import { as, closeOpenedContexts, createDraft, saved, unique } from "./editor-helpers";

// The acceptance test: a reporter writes and submits a story with its reporting; an editor
// finds the gate blocking until the anonymous source is approved, approves and publishes; a reader
// opens it. And two editors on one story: the second save is refused, not lost.

test.afterEach(closeOpenedContexts);

async function selectFirstWord(page: Page, body: Locator, length: number) {
  // Click into the text first: focusing the element alone does not move ProseMirror's selection.
  await body.click();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < length; i++) await page.keyboard.press("Shift+ArrowRight");
}

test("reporter files, the gate holds until the anonymous source is approved, editor publishes, reader reads", async ({
  browser,
}) => {
  const headline = `Harbour pilots walk out ${unique()}`;
  const reporter = await as(browser, "reporter");
  const storyId = await createDraft(reporter, headline);

  const body = reporter.getByRole("textbox", { name: "Story text" });
  await body.click();
  await reporter.keyboard.type(
    "Harbour pilots walked out at dawn on Monday, halting traffic at the container terminal. ",
  );
  // More paragraphs below: the story leads the front page for a while, and reads like one.
  await reporter.keyboard.press("Enter");
  await reporter.keyboard.type(
    "Ships queued outside the breakwater through the morning as the tide turned.",
  );
  await reporter.keyboard.press("Enter");
  await reporter.keyboard.type(
    "The pilots' association said the walkout would last until Wednesday.",
  );
  await reporter.keyboard.press("Control+Home");
  await reporter.keyboard.press("End");

  // An anonymous source, with its reason and private identity.
  await reporter.getByRole("button", { name: "Add source" }).click();
  const sourceForm = reporter.getByRole("form", { name: "New source" });
  await sourceForm.getByLabel("Anonymous").check();
  await sourceForm.getByLabel("Public description").fill("a pilot who took part in the vote");
  await sourceForm.getByLabel("Reason for anonymity").fill("fears dismissal");
  await sourceForm.getByLabel("Identity").fill("Private Person E2E");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(reporter.getByTestId("source-item")).toContainText(
    "a pilot who took part in the vote",
  );

  // Attribute a passage to it.
  await body.getByText("Harbour pilots walked out").dblclick({ position: { x: 12, y: 8 } });
  await reporter.getByRole("button", { name: "Attribute" }).click();
  await reporter.getByRole("button", { name: "a pilot who took part in the vote" }).click();
  await expect(body.locator("[data-source-id]")).toHaveCount(1);

  // A request for comment, and the standard sentence built from it.
  await reporter.getByRole("button", { name: "Add request for comment" }).click();
  const requestForm = reporter.getByRole("form", { name: "New request for comment" });
  await requestForm.getByLabel("Organisation or person").fill("The port authority");
  await requestForm.getByLabel("Outcome").selectOption("NO_RESPONSE");
  await requestForm.getByRole("button", { name: "Add request" }).click();
  await expect(reporter.getByTestId("comment-request-item")).toContainText("The port authority");
  await body.getByText("Harbour pilots walked out").click({ position: { x: 12, y: 8 } });
  await reporter.keyboard.press("End");
  await reporter
    .getByRole("button", { name: /^Insert: The port authority did not immediately respond/ })
    .click();
  await expect(body).toContainText(
    "The port authority did not immediately respond to a request for comment.",
  );

  // A tag from the vocabulary (found by its alias).
  await reporter.getByLabel("Add a tag").fill("harbour");
  await reporter
    .getByRole("listbox", { name: "Matching tags" })
    .getByRole("option", { name: "Port and shipping" })
    .click();
  await expect(reporter.getByRole("list", { name: "Story tags" })).toContainText(
    "#Port and shipping",
  );

  await saved(reporter);
  await expect(reporter.getByTestId("word-count")).toContainText(/\d+ words/);
  // A reporter cannot publish; they submit.
  await expect(reporter.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await reporter.getByRole("button", { name: "Submit for review" }).click();
  await expect(reporter.getByTestId("story-status")).toHaveText("In review");
  const slug = await reporter.getByLabel("Slug").inputValue();

  // The editor: blocked until the anonymous source is approved.
  const editor = await as(browser, "editor");
  await editor.goto(`/admin/stories/${storyId}`);
  await expect(editor.getByTestId("gate-summary")).toContainText("1 item blocks publishing");
  await expect(
    editor
      .getByRole("list", { name: "Publish checklist" })
      .locator('[data-ok="false"][data-level="blocking"]'),
  ).toContainText("is approved by an editor");
  await expect(editor.getByRole("button", { name: "Publish now" })).toBeDisabled();
  await expect(editor.getByText("Private: Private Person E2E")).toBeVisible();
  await editor.getByRole("button", { name: "Approve source" }).click();
  await expect(editor.getByTestId("source-item")).toContainText("Approved by");
  await expect(editor.getByTestId("gate-summary")).toContainText("Ready");
  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByTestId("story-status")).toHaveText("Published");

  // The reader.
  const reader = await as(browser, null);
  await reader.goto(`/news/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(reader.locator("main")).toContainText("Harbour pilots walked out at dawn on Monday");
  await expect(reader.locator("main")).not.toContainText("Private Person E2E");
});

test("two editors on one story: the second save is refused and its text kept", async ({
  browser,
}) => {
  const first = await as(browser, "editor");
  const storyId = await createDraft(first, `Two desks, one story ${unique()}`);
  const second = await as(browser, "admin");
  await second.goto(`/admin/stories/${storyId}`);
  await expect(second.getByRole("textbox", { name: "Story text" })).toBeVisible();
  await expect(second.getByTestId("presence")).toContainText("Ingrid Solvang");

  await first.getByRole("textbox", { name: "Story text" }).click();
  await first.keyboard.type("The first desk wrote this paragraph.");
  await saved(first);

  await second.getByRole("textbox", { name: "Story text" }).click();
  await second.keyboard.type("The second desk wrote something else.");
  const conflict = second
    .locator("main")
    .getByRole("alert")
    .filter({ hasText: "Your last changes were not saved" });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText("Ingrid Solvang"); // the demo editor saved first
  await expect(second.getByRole("textbox", { name: "Story text" })).toContainText(
    "The second desk wrote something else.",
  );
  await conflict.getByRole("button", { name: "Compare" }).click();
  await expect(conflict.locator("ins").first()).toHaveText("second");

  // Nothing was overwritten on the server.
  await first.reload();
  await expect(first.getByRole("textbox", { name: "Story text" })).toContainText(
    "The first desk wrote this paragraph.",
  );
  await expect(first.getByRole("textbox", { name: "Story text" })).not.toContainText("second desk");
});

test("the editor refuses a javascript: link", async ({ browser }) => {
  const page = await as(browser, "reporter");
  await createDraft(page, `Links only to the web ${unique()}`);
  const body = page.getByRole("textbox", { name: "Story text" });
  await body.click();
  await page.keyboard.type("Read the report here.");
  await selectFirstWord(page, body, "Read".length);
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await page.getByLabel("Link address").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(
    page.locator("main").getByRole("alert").filter({ hasText: "only use http, https or mailto" }),
  ).toBeVisible();
  await expect(body.locator("a")).toHaveCount(0);
});

test("offline: the text stays in the browser and is saved when the connection returns", async ({
  browser,
}) => {
  const page = await as(browser, "reporter");
  const storyId = await createDraft(page, `Saved after the tunnel ${unique()}`);
  const body = page.getByRole("textbox", { name: "Story text" });
  await page.context().setOffline(true);
  await body.click();
  await page.keyboard.type("Written while the train was in the tunnel.");
  await expect(page.getByTestId("save-status")).toContainText("offline", { timeout: 15_000 });
  const kept = await page.evaluate(
    (id) => window.localStorage.getItem(`newsroom:story-draft:${id}`),
    storyId,
  );
  expect(kept).toContain("Written while the train was in the tunnel.");
  await page.context().setOffline(false);
  await saved(page);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Story text" })).toContainText(
    "Written while the train was in the tunnel.",
  );
});

test("revisions: a save and a run of autosaves, compared, and the saved one restored", async ({
  browser,
}) => {
  const page = await as(browser, "editor");
  const storyId = await createDraft(page, `Revised twice ${unique()}`);
  const body = page.getByRole("textbox", { name: "Story text" });
  const browserCopy = () =>
    expect
      .poll(
        () =>
          page.evaluate((id) => window.localStorage.getItem(`newsroom:story-draft:${id}`), storyId),
        { timeout: 15_000 },
      )
      .toBeNull();
  await body.click();
  await page.keyboard.type("The vote is on Tuesday.");
  await page.getByTestId("save-status").getByRole("button", { name: "Save" }).click();
  await saved(page);
  await body.click(); // back from the Save button
  await page.keyboard.press("Control+A");
  await page.keyboard.type("The vote is on Thursday.");
  // The browser copy is dropped once the server has the latest text.
  await browserCopy();
  await saved(page);
  await page.keyboard.type(" At noon.");
  await browserCopy();
  await saved(page);
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Revisions of");
  // The two autosaves after the save are one revision, the newest; the save keeps its own.
  const rows = page.getByRole("table").getByRole("row");
  const newest = rows.nth(1);
  await expect(newest.getByRole("cell").nth(3)).toHaveText("2 autosaves");
  await expect(newest).toContainText("current");
  const savedRow = rows.filter({ has: page.getByRole("cell", { name: "Saved", exact: true }) });
  await expect(savedRow).toHaveCount(1);
  await newest.getByRole("link", { name: "Changes" }).click();
  await expect(page.locator(".diff del").filter({ hasText: "Tuesday" })).toBeVisible();
  await expect(page.locator(".diff ins").filter({ hasText: "Thursday" })).toBeVisible();
  page.once("dialog", (d) => void d.accept());
  await savedRow.getByRole("button", { name: /^Restore v\d+$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/stories/${storyId}$`));
  await expect(page.getByRole("textbox", { name: "Story text" })).toContainText(
    "The vote is on Tuesday.",
  );
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(rows.nth(1).getByRole("cell").nth(3)).toHaveText("Restored");
});
