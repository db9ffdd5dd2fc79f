import { expect, request as playwrightRequest, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { apiSignIn, createStaff, formSignIn } from "./auth-helpers";

// The attack of issue 9 against the running server: 50 wrong passwords through
// /api/auth/callback/credentials from one address (X-Forwarded-For, as the shipped nginx sends it),
// then the real person from another address.
test("50 wrong passwords are slowed, then refused; the right password from elsewhere signs in after the delay", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const staff = await createStaff(browser, "REPORTER", "throttle");
  const attacker = await playwrightRequest.newContext({ baseURL });
  const from = { "x-forwarded-for": "203.0.113.50" };
  const answers: string[] = [];
  const started = Date.now();
  for (let i = 0; i < 50; i++) {
    const location = await apiSignIn(attacker, staff.email, `wrong-guess-${i}`, from);
    answers.push(new URL(location, baseURL).searchParams.get("code") ?? "signed-in");
  }
  const seconds = (Date.now() - started) / 1000;
  const wrong = answers.filter((a) => a === "credentials").length;
  const refused = answers.filter((a) => a === "throttled").length;
  console.log(
    `[e2e throttle] 50 wrong passwords in ${seconds.toFixed(1)} s: ${wrong} answered "wrong", ${refused} refused unchecked`,
  );
  expect(answers.slice(0, 3)).toEqual(["credentials", "credentials", "credentials"]);
  expect(wrong + refused).toBe(50);
  expect(refused).toBeGreaterThan(30);

  // The attacking address is refused even with the right password.
  expect(await apiSignIn(attacker, staff.email, staff.password, from)).toContain("code=throttled");
  await attacker.dispose();

  // The person, elsewhere, through the form: told how long to wait if a delay is running, then in.
  const context = await browser.newContext({
    storageState: { cookies: [], origins: [] },
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.60" },
  });
  const page = await context.newPage();
  await formSignIn(page, staff.email, staff.password);
  const alert = page.locator("main").getByRole("alert");
  const stories = page.getByRole("heading", { name: "Stories", level: 1 });
  await expect(alert.or(stories)).toBeVisible();
  if (await alert.isVisible()) {
    const text = (await alert.textContent()) ?? "";
    const wait = Number(/Wait (\d+) second/.exec(text)?.[1] ?? "NaN");
    console.log(`[e2e throttle] the person was asked to wait ${wait} s`);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(300);
    await page.waitForTimeout(wait * 1000 + 200);
    await page.getByLabel("Password").fill(staff.password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await expect(stories).toBeVisible();
  await context.close();
});

test("the sign-in form says how long to wait", async ({ page }) => {
  await page.goto("/login");
  const email = `nobody-${Date.now()}@newsroom.test`;
  const alert = page.locator("main").getByRole("alert");
  // One attempt at a time: wait for the action's answer before typing the next one.
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    // "Signing in…" until React has shown the answer.
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
    return (await alert.textContent()) ?? "";
  };
  const answers = [];
  for (let i = 0; i < 5; i++) answers.push(await attempt(`not-the-password-${i}`));
  expect(answers.slice(0, 3)).toEqual(Array(3).fill("Wrong email or password."));
  expect(answers[3]).toBe(
    "Wrong email or password. Too many attempts. Wait 1 second, then try again.",
  );
  // The next one, within that second (refused unchecked) or just after it (checked, 2 s more).
  expect(answers[4]).toMatch(
    /^(Too many attempts\. Wait 1 second, then try again\.|Wrong email or password\. Too many attempts\. Wait 2 seconds, then try again\.)$/,
  );
});
