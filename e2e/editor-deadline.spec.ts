import { expect, test, type Page } from "@playwright/test";
import {
  addCommentRequest,
  addNamedSource,
  as,
  closeOpenedContexts,
  conflictPanel,
  draftAs,
  leftoverNotice,
  reporterDraft,
  saved,
  storyText,
  unique,
} from "./editor-helpers";

// The editor on deadline (issue 14), driven with the mouse and the keyboard as a writer would:
// no false alarms after fast edits, standard sentences where they belong, links that stay on the
// web, tag links from the keyboard, fields that show everything, related items that can be edited.

test.afterEach(closeOpenedContexts);

const requestItems = (page: Page) => page.getByTestId("comment-request-item");

test("typing and at once using a panel, 20 times: never a false 'unsaved text' notice, never a conflict with oneself", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { page } = await draftAs(browser, "reporter", "Fast hands");
  await addCommentRequest(page, "The harbour board");
  await addCommentRequest(page, "The pilots' union");
  const typed: string[] = [];
  for (let i = 0; i < 20; i++) {
    await storyText(page).click();
    await page.keyboard.press("Control+End");
    const words = `word${i} `;
    typed.push(words.trim());
    await page.keyboard.type(words);
    // Within a second of typing: a panel action, which refreshes the page's data.
    if (i % 5 === 4) {
      await addNamedSource(page, `Harbour clerk ${i}`);
    } else {
      const firstBefore = await requestItems(page).first().locator("strong").innerText();
      await requestItems(page).first().getByRole("button", { name: "Move request down" }).click();
      await expect(requestItems(page).first().locator("strong")).not.toHaveText(firstBefore);
    }
    await expect(leftoverNotice(page)).toHaveCount(0);
    await expect(conflictPanel(page)).toHaveCount(0);
    await expect(page.getByTestId("save-status")).not.toContainText("someone else saved first");
  }
  await saved(page);
  await expect(conflictPanel(page)).toHaveCount(0);
  // Everything typed reached the server, and opening the story again finds nothing left behind.
  await page.reload();
  await expect(storyText(page)).toContainText(typed.join(" "));
  await expect(storyText(page)).toBeVisible();
  await page.waitForTimeout(500);
  await expect(leftoverNotice(page)).toHaveCount(0);
});

test("text really left in the browser is still offered back, and restoring it saves without a conflict", async ({
  browser,
}) => {
  const { page, storyId } = await reporterDraft(browser, "Left behind", "Saved words.");
  const context = page.context();
  await saved(page);
  // The connection drops, the writer types on, and the tab is closed before anything is saved.
  await context.setOffline(true);
  await page.keyboard.type(" Words only this browser has.");
  await expect(page.getByTestId("save-status")).toContainText("offline", { timeout: 15_000 });
  // The browser copy is written in a pause; then the tab dies. Not page.close(): a closing page
  // sends its last-chance save as a keepalive request, which outlives the page and its offline
  // emulation, and then the words are (rightly) saved after all.
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => localStorage.getItem(k)?.includes("Words only")),
  );
  await page.goto("chrome://crash").catch(() => {});
  await page.close().catch(() => {});
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(`/admin/stories/${storyId}`);
  await expect(storyText(again)).not.toContainText("Words only this browser has.");
  const notice = leftoverNotice(again);
  await expect(notice).toBeVisible();
  await notice.getByRole("button", { name: "Restore it" }).click();
  await expect(notice).toHaveCount(0);
  await expect(storyText(again)).toContainText("Saved words. Words only this browser has.");
  await saved(again);
  await expect(conflictPanel(again)).toHaveCount(0);
  await again.reload();
  await expect(storyText(again)).toContainText("Saved words. Words only this browser has.");
});

test("Insert puts the standard sentence where the writer expects it, spaced, as text", async ({
  browser,
}) => {
  const { page } = await reporterDraft(
    browser,
    "Standard sentences",
    "It followed the disclosure.",
  );
  await page.keyboard.press("Enter");
  await page.keyboard.type("Officials met on Friday.");
  await addCommentRequest(page, "The White House");
  await saved(page);
  // The sentence's wording is the panel's business: read it from the button.
  const insert = page.getByRole("button", { name: /^Insert: The White House/ });
  const sentence = ((await insert.getAttribute("aria-label")) ?? "").replace(/^Insert: /, "");
  expect(sentence).toMatch(/^The White House .+\.$/);

  // No caret placed since the page opened: a paragraph of its own at the end.
  await page.reload();
  await insert.click();
  await expect(storyText(page).locator("p")).toHaveText([
    "It followed the disclosure.",
    "Officials met on Friday.",
    sentence,
  ]);

  // After a sentence, at the caret: one space before it.
  await storyText(page).getByText("It followed the disclosure.").click();
  await page.keyboard.press("End");
  await insert.click();
  await expect(storyText(page).locator("p").first()).toHaveText(
    `It followed the disclosure. ${sentence}`,
  );
  // The caret stays after the sentence: the writer types on.
  await page.keyboard.type(" More.");
  await expect(storyText(page).locator("p").first()).toHaveText(
    `It followed the disclosure. ${sentence} More.`,
  );

  // Markup in the records is inserted as the characters it is.
  const markup = '<a href="https://evil.example/x">the Ministry</a> <b>bold</b>';
  await addCommentRequest(page, markup, "DECLINED");
  await storyText(page).getByText("Officials met on Friday.").click();
  await page.keyboard.press("End");
  await page.getByRole("button", { name: /^Insert: <a href=/ }).click();
  await expect(storyText(page)).toContainText(`Officials met on Friday. ${markup} `);
  await expect(storyText(page).locator('a[href*="evil"], b, strong')).toHaveCount(0);
  await saved(page);

  // And the reader would see text too: the stored document holds no link and no bold.
  await page.reload();
  await expect(storyText(page)).toContainText(markup);
  await expect(storyText(page).locator("a, b, strong")).toHaveCount(0);
});

test("the Link popover refuses addresses a browser would follow to another site", async ({
  browser,
}) => {
  const { page } = await reporterDraft(browser, "Disguised links", "Read the report here.");
  await page.keyboard.press("Home");
  for (let i = 0; i < "Read".length; i++) await page.keyboard.press("Shift+ArrowRight");
  const refused = page
    .locator("main")
    .getByRole("alert")
    .filter({ hasText: "only use http, https or mailto" });
  for (const href of ["/\\evil.example/x", "/\t/evil.example/x", "/%5Cevil.example/x"]) {
    await page.getByRole("button", { name: "Link", exact: true }).click();
    await page.getByLabel("Link address").fill(href);
    await page.getByLabel("Link address").press("Enter");
    await expect(refused).toBeVisible();
    await expect(storyText(page).locator("a")).toHaveCount(0);
    // Escape closes the popover and hands the writer back to the text.
    await page.getByLabel("Link address").press("Escape");
    await expect(page.getByLabel("Link address")).toHaveCount(0);
    await expect(storyText(page)).toBeFocused();
  }
  // A path on this site is a link.
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await page.getByLabel("Link address").fill("/news/the-report");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(storyText(page).locator('a[href="/news/the-report"]')).toHaveText("Read");
});

test("typing the moment the story opens, while its panels are still loading, keeps every key where it was typed", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { page } = await draftAs(browser, "reporter", "Opening keys");
  const expected: string[] = [""];
  for (let round = 0; round < 6; round++) {
    // No wait for the panels (pictures, presence, checklist): keys go in as soon as the text is there.
    await page.reload();
    await storyText(page).click();
    // Straight after the click: the first line, selected from the keyboard, typed over.
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Shift+End");
    await page.keyboard.type(`Round ${round}:`);
    expected[0] = `Round ${round}:`;
    // A new paragraph at the end, and keys straight after Enter.
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type(`Line ${round} begins.`);
    await page.keyboard.press("Enter");
    await page.keyboard.type("Officials met on Friday.");
    expected.push(`Line ${round} begins.`, "Officials met on Friday.");
    await expect(storyText(page).locator("p")).toHaveText(expected);
    await saved(page);
  }
  await page.reload();
  await expect(storyText(page).locator("p")).toHaveText(expected);
});

test("a tag link made from the keyboard alone", async ({ browser }) => {
  const { page } = await reporterDraft(
    browser,
    "Keyboard tag link",
    "Harbour traffic fell sharply.",
  );
  await page.keyboard.press("Home");
  for (let i = 0; i < "Harbour traffic".length; i++) await page.keyboard.press("Shift+ArrowRight");

  // Escape leaves without a change, back in the text with the words still selected.
  await page.keyboard.press("Control+Shift+K");
  const search = page.getByLabel("Tag for the selected words");
  await expect(search).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(search).toHaveCount(0);
  await expect(storyText(page)).toBeFocused();

  // The shortcut opens the search with the box focused; arrows and Enter pick.
  await page.keyboard.press("Control+Shift+K");
  await expect(search).toBeFocused();
  await page.keyboard.type("harbour");
  const option = page.getByRole("option", { name: "Port and shipping" });
  await expect(option).toBeVisible();
  // Other tags match "harbour" too: arrow down to the one wanted (and back up once, to try both).
  await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  for (let i = 0; i < 10 && (await option.getAttribute("aria-selected")) !== "true"; i++)
    await page.keyboard.press("ArrowDown");
  await expect(option).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(search).toHaveCount(0);
  await expect(storyText(page).locator("a[data-tag-id]")).toHaveText("Harbour traffic");
  // The words are no longer selected: the next key types after them instead of replacing them.
  await page.keyboard.type(" at the port");
  await expect(storyText(page)).toContainText("Harbour traffic at the port fell sharply.");
  await expect(storyText(page).locator("a[data-tag-id]")).toHaveText("Harbour traffic");
  await saved(page);
});

test("a tag that does not exist: the reporter asks the desk, the editor creates it from the story", async ({
  browser,
}) => {
  const name = `Rare harbour dues ${unique()}`;
  const { page: reporter, storyId } = await draftAs(browser, "reporter", "Missing tag");
  await reporter.getByLabel("Add a tag").fill(name);
  await expect(reporter.getByText(`No tag matches “${name}”.`)).toBeVisible();
  await expect(reporter.getByRole("button", { name: /^Create tag/ })).toHaveCount(0);
  await reporter.getByRole("button", { name: `Ask the desk for a tag “${name}”` }).click();
  await expect(reporter.getByText(`Asked the desk for a tag “${name}”`)).toBeVisible();

  // The same from the tag-link search, from the keyboard: no match is not a dead end either.
  await storyText(reporter).click();
  await reporter.keyboard.type("Dues rose.");
  await reporter.keyboard.press("Home");
  await reporter.keyboard.press("Shift+End");
  await reporter.keyboard.press("Control+Shift+K");
  await reporter.keyboard.type(name);
  await expect(
    reporter.getByRole("button", { name: `Ask the desk for a tag “${name}”` }),
  ).toBeVisible();
  await reporter.keyboard.press("Escape");
  await saved(reporter);

  const editor = await as(browser, "editor");
  await editor.goto(`/admin/stories/${storyId}`);
  const requested = editor.getByRole("list", { name: "Requested tags" });
  await expect(requested).toContainText(name);
  await requested.getByRole("button", { name: `Create and add “${name}”` }).click();
  await expect(editor.getByRole("list", { name: "Story tags" })).toContainText(`#${name}`);
  await expect(requested).toHaveCount(0);
  await saved(editor);
  await editor.reload();
  await expect(editor.getByRole("list", { name: "Story tags" })).toContainText(`#${name}`);
  await expect(editor.getByRole("list", { name: "Requested tags" })).toHaveCount(0);
});

test("an editor creates a topic tag from the Tags panel, and links words to a new tag", async ({
  browser,
}) => {
  const { page } = await draftAs(browser, "editor", "New topic");
  const topic = `Dredging works ${unique()}`;
  await page.getByLabel("Add a tag").fill(topic);
  await expect(page.getByText(`No tag matches “${topic}”.`)).toBeVisible();
  await page.getByRole("button", { name: `Create tag “${topic}”` }).click();
  await expect(page.getByRole("list", { name: "Story tags" })).toContainText(`#${topic}`);

  const linked = `Silt ${unique()}`;
  await storyText(page).click();
  await page.keyboard.type("Silt closed the channel.");
  await page.keyboard.press("Home");
  for (let i = 0; i < "Silt".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Control+Shift+K");
  await page.keyboard.type(linked);
  await page.getByRole("button", { name: `Create tag “${linked}”` }).click();
  await expect(storyText(page).locator("a[data-tag-id]")).toHaveText("Silt");
  await saved(page);
  await page.reload();
  await expect(page.getByRole("list", { name: "Story tags" })).toContainText(`#${topic}`);
});

test("fields show everything: a long headline, every line of the summary, a placeholder that looks like one, hashtags as readers see them", async ({
  browser,
}) => {
  const { page } = await draftAs(browser, "reporter", "Fields");
  const headline = page.getByLabel("Headline");
  const long =
    "Harbour pilots end a three-day walkout after the port authority agrees to review night shifts, pay for standby hours and the training of new pilots before the spring season";
  await headline.fill(long);
  await expect(headline).toHaveValue(long);
  const fits = (el: HTMLElement | SVGElement) =>
    (el as HTMLElement).scrollHeight <= (el as HTMLElement).clientHeight + 1 &&
    (el as HTMLElement).scrollWidth <= (el as HTMLElement).clientWidth + 1;
  expect(await headline.evaluate(fits)).toBe(true);
  // Enter does not break a headline into lines.
  await headline.press("End");
  await headline.press("Enter");
  await expect(headline).toHaveValue(long);

  const summary = page.getByLabel("Summary");
  await summary.fill(
    "First line of the summary.\nSecond line.\nThird line, the one that was hidden.",
  );
  expect(await summary.evaluate(fits)).toBe(true);

  const dateline = page.getByLabel("Dateline");
  await expect(dateline).toHaveValue("");
  expect(await dateline.getAttribute("placeholder")).toMatch(/^e\.g\./);
  const placeholderStyle = await dateline.evaluate((el) => {
    const p = getComputedStyle(el, "::placeholder");
    return { style: p.fontStyle, color: p.color, value: getComputedStyle(el).color };
  });
  expect(placeholderStyle.style).toBe("italic");
  expect(placeholderStyle.color).not.toBe(placeholderStyle.value);

  await page.getByLabel("Add a tag").fill("port and");
  await page.getByRole("option", { name: "Port and shipping" }).click();
  await expect(page.getByRole("list", { name: "Story tags" })).toContainText("#Port and shipping");
  await saved(page);
  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue(long);
  expect(await page.getByLabel("Headline").evaluate(fits)).toBe(true);
  expect(await page.getByLabel("Summary").evaluate(fits)).toBe(true);
});

test("an external related article is shown in full and edited after it was added", async ({
  browser,
}) => {
  const { page } = await draftAs(browser, "reporter", "Related elsewhere");
  await page.getByRole("button", { name: "Add external article" }).click();
  const add = page.getByRole("form", { name: "External article" });
  await add.getByLabel("Address").fill("https://example.org/port-strike");
  await add.getByLabel("Outlet").fill("The Example Post");
  await add.getByLabel("Headline").fill("Port strike enters day two");
  await add.getByLabel("Published").fill("4 minutes ago");
  await add.getByLabel("Excerpt").fill("Pilots stayed away for a second day.");
  const before = Date.now();
  await add.getByRole("button", { name: "Add article" }).click();
  const item = page.getByTestId("related-item").filter({ hasText: "Port strike enters day two" });
  await expect(item).toContainText("The Example Post");
  await expect(item).toContainText("https://example.org/port-strike");
  await expect(item).toContainText("Pilots stayed away for a second day.");
  const shown = (ms: number) =>
    new Date(ms).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
  const fourAgo = [shown(before - 4 * 60_000), shown(before - 5 * 60_000)];
  await expect(item).toContainText(new RegExp(fourAgo.map((t) => `Published ${t}`).join("|")));

  // Edit it: every detail is there to change.
  await item.getByRole("button", { name: /^Edit related article/ }).click();
  const edit = page.getByRole("form", { name: "Edit external article" });
  await expect(edit.getByLabel("Address")).toHaveValue("https://example.org/port-strike");
  await expect(edit.getByLabel("Excerpt")).toHaveValue("Pilots stayed away for a second day.");
  await edit.getByLabel("Address").fill("https://example.org/port-strike-day-two");
  await edit.getByLabel("Headline").fill("Port strike: day two");
  await edit.getByLabel("Published").fill("yesterday-ish");
  await edit.getByRole("button", { name: "Save article" }).click();
  await expect(edit.getByText(/Say when it was published/).first()).toBeVisible();
  await edit.getByLabel("Published").fill("now");
  const saveTime = Date.now();
  await edit.getByRole("button", { name: "Save article" }).click();
  await expect(edit).toHaveCount(0);
  const edited = page.getByTestId("related-item").filter({ hasText: "Port strike: day two" });
  await expect(edited).toContainText("https://example.org/port-strike-day-two");
  await expect(edited).toContainText(
    new RegExp([shown(saveTime), shown(saveTime + 60_000)].map((t) => `Published ${t}`).join("|")),
  );
  await page.reload();
  await expect(page.getByTestId("related-item")).toContainText("Port strike: day two");
});

test("a workflow step refreshes the page once, not twice", async ({ browser }) => {
  const { page, storyId } = await reporterDraft(
    browser,
    "One refresh",
    "Short story for the desk.",
  );
  await saved(page);
  const refreshes: string[] = [];
  page.on("request", (r) => {
    // A refresh of this page (link prefetches of other pages do not count).
    const isRsc = r.headers()["rsc"] === "1" && !r.headers()["next-router-prefetch"];
    if (isRsc && r.method() === "GET" && new URL(r.url()).pathname === `/admin/stories/${storyId}`)
      refreshes.push(r.url());
  });
  const actions: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) actions.push(r.url());
  });
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("story-status")).toHaveText("In review");
  await page.waitForTimeout(1500);
  // The step's own action brings the new page back; no separate refresh follows it.
  expect(refreshes).toEqual([]);
  expect(actions.length).toBeGreaterThanOrEqual(1);
});
