import { expect, request as playwrightRequest, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { DEMO_ACCOUNTS } from "./accounts";
import { apiSignIn, createStaff, formSignIn, SESSION_COOKIE } from "./auth-helpers";

const reporter = DEMO_ACCOUNTS.find((a) => a.role === "reporter")!;

/** A bare client holding nothing but this cookie, as whoever copied it would. */
async function replay(cookie: string) {
  const thief = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${cookie}` },
  });
  const session = await (await thief.get("/api/auth/session")).json();
  const admin = await thief.get("/admin/account", { maxRedirects: 0 });
  const renewed = (await thief.get("/api/auth/session"))
    .headersArray()
    .filter(
      (h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith(`${SESSION_COOKIE}=e`),
    );
  await thief.dispose();
  return {
    session,
    adminStatus: admin.status(),
    adminLocation: admin.headers()["location"] ?? "",
    renewed,
  };
}

test.describe("sessions end", () => {
  test("a cookie copied before signing out through /api/auth/signout is refused afterwards", async () => {
    const client = await playwrightRequest.newContext({ baseURL });
    expect(await apiSignIn(client, reporter.email, reporter.password)).toMatch(/\/admin$/);
    const cookie = (await client.storageState()).cookies.find(
      (c) => c.name === SESSION_COOKIE,
    )!.value;

    // Before: the copy works like the original.
    const before = await replay(cookie);
    expect(before.session?.user?.email).toBe(reporter.email);
    expect(before.adminStatus).toBe(200);

    const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
    const out = await client.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
    expect(out.status()).toBe(302);

    // After: no session, /admin sends to the sign-in page, and no renewed cookie is handed back.
    const after = await replay(cookie);
    expect(after.session).toBeNull();
    expect(after.adminStatus).toBe(307);
    expect(after.adminLocation).toMatch(/\/login/);
    expect(after.renewed).toHaveLength(0);
    await client.dispose();
  });

  test("the newsroom's Sign out button ends the session for a copied cookie too", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await formSignIn(page, reporter.email, reporter.password);
    await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!.value;
    expect((await replay(cookie)).adminStatus).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    const after = await replay(cookie);
    expect(after.session).toBeNull();
    expect(after.adminLocation).toMatch(/\/login/);
    await context.close();
  });

  test("sign out everywhere ends every session of the person, on every device", async ({
    browser,
  }) => {
    const staff = await createStaff(browser, "REPORTER", "everywhere");
    const laptop = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const phone = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const [a, b] = [await laptop.newPage(), await phone.newPage()];
    await formSignIn(a, staff.email, staff.password);
    await expect(a.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
    await formSignIn(b, staff.email, staff.password);
    await expect(b.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();

    await a.goto("/admin/account");
    await expect(a.getByRole("heading", { name: "Where you are signed in" })).toBeVisible();
    await expect(
      a
        .locator("section", { has: a.getByRole("heading", { name: "Where you are signed in" }) })
        .locator("li"),
    ).toHaveCount(2);
    await a.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(a).toHaveURL(/\/login/);

    await b.goto("/admin");
    await expect(b).toHaveURL(/\/login/);
    await laptop.close();
    await phone.close();
  });
});
