import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { storageStatePath, type DemoRole } from "./accounts";

// What the editor specs share: a browser per role, a fresh draft, and waiting for a save.

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

// Every context a test opens is closed after it, so no editor keeps autosaving or sending
// heartbeats into the next spec.
const opened: BrowserContext[] = [];
export async function closeOpenedContexts() {
  await Promise.all(opened.splice(0).map((c) => c.close()));
}

export async function as(browser: Browser, role: DemoRole | null): Promise<Page> {
  const context = await browser.newContext(role ? { storageState: storageStatePath(role) } : {});
  opened.push(context);
  return context.newPage();
}

export async function createDraft(page: Page, headline: string): Promise<string> {
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/admin\/stories\/[a-z0-9]+$/);
  await expect(page.getByRole("textbox", { name: "Story text" })).toBeVisible();
  return page.url().split("/").pop() as string;
}

/**
 * A new draft of one of the demo staff (its headline the title and a mark unique to the run): the
 * page and the story's id.
 */
export async function draftAs(browser: Browser, role: DemoRole, title: string) {
  const page = await as(browser, role);
  const storyId = await createDraft(page, `${title} ${unique()}`);
  return { page, storyId };
}

/** A reporter's new draft (as draftAs) with its first words typed into the text. */
export async function reporterDraft(browser: Browser, title: string, firstWords: string) {
  const draft = await draftAs(browser, "reporter", title);
  await storyText(draft.page).click();
  await draft.page.keyboard.type(firstWords);
  return draft;
}

export const saved = (page: Page) =>
  expect(page.getByTestId("save-status")).toContainText("Saved at", { timeout: 15_000 });

export const storyText = (page: Page) => page.getByRole("textbox", { name: "Story text" });

/** The "Unsaved text … was found in this browser" notice. */
export const leftoverNotice = (page: Page) =>
  page.locator("main").getByRole("alert").filter({ hasText: "was found in this browser" });

/** The "Your last changes were not saved" panel of a save conflict. */
export const conflictPanel = (page: Page) =>
  page.locator("main").getByRole("alert").filter({ hasText: "Your last changes were not saved" });

export async function addCommentRequest(
  page: Page,
  organisation: string,
  outcome: "PENDING" | "RESPONDED" | "DECLINED" | "NO_RESPONSE" = "NO_RESPONSE",
) {
  await page.getByRole("button", { name: "Add request for comment" }).click();
  const form = page.getByRole("form", { name: "New request for comment" });
  await form.getByLabel("Organisation or person").fill(organisation);
  await form.getByLabel("Outcome").selectOption(outcome);
  await form.getByRole("button", { name: "Add request" }).click();
  await expect(form).toHaveCount(0);
  await expect(
    page.getByTestId("comment-request-item").filter({ hasText: organisation }),
  ).toHaveCount(1);
}

export async function addNamedSource(page: Page, description: string) {
  await page.getByRole("button", { name: "Add source" }).click();
  const form = page.getByRole("form", { name: "New source" });
  await form.getByLabel("Public description").fill(description);
  await form.getByRole("button", { name: "Add source" }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId("source-item").filter({ hasText: description })).toHaveCount(1);
}
