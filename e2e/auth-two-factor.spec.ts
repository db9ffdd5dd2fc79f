import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { formSignIn, signedInStaff } from "./auth-helpers";

// The person's authenticator app, played by the test: the same RFC 6238 codes from the same secret.
const app = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("a reporter enrols an app from the account page, then signs in with a code and with a recovery code", async ({
  browser,
}) => {
  const { staff, context, page } = await signedInStaff(browser, "REPORTER", "totp");

  await page.goto("/admin/account");
  const section = page.locator("section", {
    has: page.getByRole("heading", { name: "Two factors" }),
  });
  await section.getByRole("button", { name: "Set up two factors" }).click();
  await expect(
    section.getByRole("img", { name: "QR code for your authenticator app" }),
  ).toBeVisible();
  const secret = ((await section.getByTestId("totp-secret").textContent()) ?? "").replace(
    /\s+/g,
    "",
  );
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const codes = await section
    .getByRole("list", { name: "Recovery codes" })
    .locator("li")
    .allTextContents();
  expect(codes).toHaveLength(10);

  await section.getByLabel("Code from the app").fill("000000");
  await section.getByRole("button", { name: "Turn on two factors" }).click();
  await expect(section.getByText(/That code is not right/)).toBeVisible();
  await section.getByLabel("Code from the app").fill(app(secret).generate());
  await section.getByRole("button", { name: "Turn on two factors" }).click();
  await expect(section.getByRole("status")).toContainText("Recovery codes left: 10");
  await signOut(page);

  // The password alone is not enough any more.
  await formSignIn(page, staff.email, staff.password);
  await expect(page.getByText("Enter the 6-digit code from your authenticator app")).toBeVisible();
  await page.getByLabel("Code").fill("123456");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText(/That code is not right/)).toBeVisible();
  // The code the app shows in the next 30 seconds (the one used to enrol is spent).
  await page.getByLabel("Code").fill(app(secret).generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
  await signOut(page);

  // A recovery code instead of the phone, once.
  await formSignIn(page, staff.email, staff.password);
  await page.getByLabel("Code").fill(codes[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
  await page.goto("/admin/account");
  await expect(section).toContainText("Recovery codes left: 9");
  await signOut(page);
  await formSignIn(page, staff.email, staff.password);
  await page.getByLabel("Code").fill(codes[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText(/That code is not right \(or was used already\)/)).toBeVisible();
  await context.close();
});
