import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./accounts";
import { expectNoNavLink, expectRefused } from "./auth-helpers";

// The admin's desk, driven as an admin would: the tag vocabulary and the staff. Every record made
// here has a name unique to the run, so the shared seeded app is left as other specs expect it.
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function createTag(page: Page, name: string): Promise<{ slug: string; editUrl: string }> {
  await page.goto("/admin/tags/new");
  await page.getByLabel("Name").fill(name);
  const slug = await page.getByLabel("Slug").inputValue();
  await page.getByRole("button", { name: "Create tag" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Created");
  return { slug, editUrl: page.url() };
}

// The reader's /tags/<slug> route answers for the tags made here. Soft, so that the admin's own
// steps still run (and are checked) when a reader assertion fails.
async function expectRedirect(page: Page, from: string, to: string) {
  const response = await page.request.get(from, { maxRedirects: 0 });
  expect.soft(response.status(), `${from} redirects`).toBe(308);
  expect.soft(new URL(response.headers().location ?? "", page.url()).pathname).toBe(to);
}

// The staff screen's "Create account" form, filled in for "E2E <label> <run>" at
// e2e-<label>-<run>@newsroom.test (the role only where given) and sent: the account's email, and
// the form, which then shows the one-time password or link.
const CREDENTIALS = {
  password: "A temporary password, shown once",
  link: "A set-password link, shown once",
};
async function createAccount(
  page: Page,
  label: string,
  account: { role?: string; credential: keyof typeof CREDENTIALS },
) {
  const email = `e2e-${label.toLowerCase()}-${run}@newsroom.test`;
  await page.goto("/admin/users");
  const form = page.locator("form", {
    has: page.getByRole("button", { name: "Create account" }),
  });
  await form.getByLabel("Name").fill(`E2E ${label} ${run}`);
  await form.getByLabel("Email").fill(email);
  if (account.role) await form.getByLabel("Role").selectOption(account.role);
  await form.getByLabel(CREDENTIALS[account.credential]).check();
  await form.getByRole("button", { name: "Create account" }).click();
  return { email, form };
}

async function expectStatus(page: Page, path: string, status: number) {
  expect.soft((await page.request.get(path, { maxRedirects: 0 })).status(), path).toBe(status);
}

test.describe("an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("creates, renames, merges and deletes tags, and the reader's tag addresses follow", async ({
    page,
  }) => {
    const quay = await createTag(page, `E2E Harbour ${run}`);
    expect(quay.slug).toBe(`e2e-harbour-${run}`);
    await expectStatus(page, `/tags/${quay.slug}`, 200);

    // Rename: new name and slug; the old slug answers 308 to the new one, the old name is an alias.
    await page.getByLabel("Name").fill(`E2E Quay ${run}`);
    await page.getByLabel("Slug").fill(`e2e-quay-${run}`);
    await page.getByRole("button", { name: "Save tag" }).click();
    await expect(page.locator("main").getByRole("status").first()).toContainText(
      `/tags/e2e-quay-${run}`,
    );
    await expect(page.getByLabel("Aliases")).toHaveValue(`E2E Harbour ${run}`);
    await expectRedirect(page, `/tags/${quay.slug}`, `/tags/e2e-quay-${run}`);

    // Bad input keeps the text and says what is wrong, by the field.
    await page.getByLabel("Slug").fill("two words/here");
    await page.getByRole("button", { name: "Save tag" }).click();
    // By the field (its accessible description), and named in the form's summary too.
    await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(/no spaces or slashes/);
    await expect(page.getByRole("alert").filter({ hasText: "no spaces or slashes" })).toBeVisible();
    await expect(page.getByLabel("Slug")).toHaveValue("two words/here");

    // Merge a second tag into the renamed one from the table.
    const wharf = await createTag(page, `E2E Wharf ${run}`);
    await page.goto(`/admin/tags?q=${run}`);
    await expect(page.locator("tbody tr")).toHaveCount(2);
    await page.getByLabel(`Select E2E Wharf ${run}`).check();
    await page.getByLabel("Merge the ticked tags into").fill(`e2e-quay-${run}`);
    await page.getByRole("button", { name: "Merge", exact: true }).click();
    await expect(page.locator("main").getByRole("status")).toContainText(
      `Merged E2E Wharf ${run} into E2E Quay ${run}`,
    );
    await expect(page.locator("tbody tr")).toHaveCount(1);
    await expectRedirect(page, `/tags/${wharf.slug}`, `/tags/e2e-quay-${run}`);

    // Delete: nothing uses it, so no move-to tag is needed; its address stops answering.
    await page.goto(quay.editUrl);
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Delete tag" }).click();
    await expect(page).toHaveURL(/\/admin\/tags\?deleted=/);
    await expect(page.locator("main").getByRole("status")).toContainText(
      `Deleted the tag “E2E Quay ${run}”`,
    );
    await expectStatus(page, `/tags/e2e-quay-${run}`, 404);
  });

  test("folds duplicate candidates together and finds the merge in the audit log", async ({
    page,
  }) => {
    await createTag(page, `E2E Pier ${run}`);
    await createTag(page, `e2e piers ${run}!`);
    await page.goto("/admin/tags/duplicates");
    const group = page.locator("section", { hasText: `E2E Pier ${run}` });
    await expect(group.getByRole("checkbox")).toHaveCount(2);
    await expect(group.getByRole("checkbox", { checked: true })).toHaveCount(1);
    await group.getByRole("button", { name: "Merge", exact: true }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Merged into");
    await expect(group).toHaveCount(0);
    await page.goto(`/admin/tags?q=${run}`);
    await expect(page.locator("tbody tr", { hasText: /pier/i })).toHaveCount(1);

    await page.goto("/admin/audit?action=tag.merge");
    await expect(page.getByLabel("Action")).toHaveValue("tag.merge");
    await expect(page.locator("tbody tr").first()).toContainText("tag.merge");
    await expect(page.locator("tbody tr").first()).toContainText(run);
  });

  test("creates an editor who signs in, then deactivates them and their open session stops", async ({
    page,
    browser,
  }) => {
    const { email, form } = await createAccount(page, "Editor", {
      role: "EDITOR",
      credential: "password",
    });
    const secret = form.getByTestId("one-time-secret");
    await expect(secret).toBeVisible();
    const password = (await secret.textContent())?.trim() ?? "";
    expect(password.length).toBeGreaterThanOrEqual(10);

    // A taken email is refused by the field.
    await form.getByLabel("Name").fill("Someone Else");
    await form.getByLabel("Email").fill(email);
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByText("That email already belongs to a staff account.")).toBeVisible();

    const editorContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const editor = await editorContext.newPage();
    await editor.goto("/login");
    await editor.getByLabel("Email").fill(email);
    await editor.getByLabel("Password").fill(password);
    await editor.getByRole("button", { name: "Sign in" }).click();
    await expect(editor.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
    await expect(editor.getByRole("navigation", { name: "Newsroom" })).toContainText("editor");

    // Their own account page: a new name shows at once.
    await editor.goto("/admin/account");
    await editor.getByRole("textbox", { name: "Name" }).fill(`E2E Editor ${run} Renamed`);
    await editor.getByRole("button", { name: "Save name" }).click();
    await expect(editor.locator("main").getByRole("status")).toHaveText("Name saved.");
    await expect(editor.getByRole("navigation", { name: "Newsroom" })).toContainText(
      `E2E Editor ${run} Renamed`,
    );

    await page.reload();
    const row = page.locator(`tr[data-email="${email}"]`);
    await row.getByRole("button", { name: "Deactivate" }).click();
    await expect(row.getByRole("button", { name: "Reactivate" })).toBeVisible();
    await expect(row).toContainText("deactivated");

    // The editor's very next click, in the session they still have open, lands on the sign-in page.
    await editor
      .getByRole("navigation", { name: "Newsroom" })
      .getByRole("link", { name: "Stories" })
      .click();
    await expect(editor).toHaveURL(/\/login/);
    await expect(editor.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
    await editorContext.close();
  });
});

test.describe("a new reporter with a set-password link", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("sets a password through the link once, signed out, and signs in", async ({
    page,
    browser,
  }) => {
    const { email, form } = await createAccount(page, "Link", { credential: "link" });
    const link = (await form.getByTestId("one-time-secret").textContent())?.trim() ?? "";
    expect(link).toContain("/set-password?token=");

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const newcomer = await context.newPage();
    await newcomer.goto(link);
    await newcomer.getByLabel("New password", { exact: true }).fill("short");
    await newcomer.getByLabel("New password again").fill("short");
    await newcomer.getByRole("button", { name: "Set password" }).click();
    await expect(newcomer.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(
      /Use at least 12 characters\./,
    );
    await newcomer.getByLabel("New password", { exact: true }).fill("harbour-lights-42");
    await newcomer.getByLabel("New password again").fill("harbour-lights-42");
    await newcomer.getByRole("button", { name: "Set password" }).click();
    await expect(newcomer).toHaveURL(/\/login/);
    await expect(newcomer.locator("main").getByRole("status")).toHaveText(
      "Your password was changed. Sign in with the new one.",
    );
    await newcomer.getByLabel("Email").fill(email);
    await newcomer.getByLabel("Password").fill("harbour-lights-42");
    await newcomer.getByRole("button", { name: "Sign in" }).click();
    await expect(newcomer.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
    await newcomer.goto(link);
    await expect(newcomer.locator("main").getByRole("alert")).toContainText("not valid any more");
    await context.close();
  });
});

test.describe("a reporter", () => {
  test.use({ storageState: storageStatePath("reporter") });

  test("is refused the tag, staff and audit screens", async ({ page }) => {
    for (const path of ["/admin/tags", "/admin/tags/new", "/admin/users", "/admin/audit"]) {
      await expectRefused(page, path);
    }
    await expectNoNavLink(page, "Tags");
  });
});
