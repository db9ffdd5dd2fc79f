import { expect, test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS, storageStatePath } from "./accounts";

// Sign in once per demo role through the real form and keep the session for the other specs.
for (const account of DEMO_ACCOUNTS) {
  setup(`sign in as ${account.role}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
    await page.context().storageState({ path: storageStatePath(account.role) });
  });
}
