import { expect, test } from "@playwright/test";
import { formSignIn, signedInStaff } from "./auth-helpers";

test("a common password is refused with its reason; a long passphrase in any script is taken", async ({
  browser,
}) => {
  const { staff, context, page } = await signedInStaff(browser, "REPORTER", "password");
  await page.goto("/admin/account");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Change password" }) });
  const change = async (next: string) => {
    await form.getByLabel("Current password").fill(staff.password);
    await form.getByLabel("New password", { exact: true }).fill(next);
    await form.getByLabel("New password again").fill(next);
    await form.getByRole("button", { name: "Change password" }).click();
  };
  await expect(form.getByText("At least 12 characters.")).toBeVisible();

  await change("password1234");
  await expect(form.getByText(/This is similar to a commonly used password/)).toBeVisible();
  await change("qwertyuiop123");
  await expect(form.getByText(/commonly used password/)).toBeVisible();
  await change("short-pw-1");
  await expect(form.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(
    /Use at least 12 characters\./,
  );

  const passphrase = "zwölf Füchse über der Brücke";
  await change(passphrase);
  await expect(page).toHaveURL(/\/login\?changed=password/);
  await formSignIn(page, staff.email, passphrase);
  await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
  await context.close();
});
