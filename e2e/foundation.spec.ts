import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, storageStatePath } from "./accounts";
import { expectNoNavLink, expectRefused } from "./auth-helpers";

test.describe("signing in", () => {
  test("a wrong password is refused with the same message as an unknown email", async ({
    page,
  }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("editor@newsroom.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("Wrong email or password.");
    await expect(page).toHaveURL(/\/login/);

    await page.getByLabel("Email").fill("nobody@newsroom.test");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("Wrong email or password.");
  });

  test("a malformed email or an empty password gets a message on the form", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
  });

  test("a visitor who is not signed in is sent from /admin to the sign-in page", async ({
    page,
  }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Sign in to the newsroom" })).toBeVisible();
  });
});

for (const role of ["admin", "editor", "reporter"] as const) {
  test.describe(`signed in as ${role}`, () => {
    test.use({ storageState: storageStatePath(role) });
    test("sees the newsroom's story list", async ({ page }) => {
      await page.goto("/admin");
      await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Newsroom" })).toContainText(role);
      await expect(page.locator("tbody tr")).not.toHaveCount(0);
    });
  });
}

test.describe("a reporter", () => {
  test.use({ storageState: storageStatePath("reporter") });
  test("cannot reach the staff admin, which only admins may", async ({ page }) => {
    await expectRefused(page, "/admin/users");
    await expectNoNavLink(page, "Staff");
  });
});

test("a reader opens a published story from the front page", async ({ page }) => {
  await page.goto("/");
  const first = page.locator("main a[href^='/news/']").first();
  const headline = (await first.textContent())?.trim() ?? "";
  expect(headline.length).toBeGreaterThan(10);
  await first.click();
  await expect(page).toHaveURL(/\/news\//);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page.locator("article p").nth(3)).not.toBeEmpty();
});
