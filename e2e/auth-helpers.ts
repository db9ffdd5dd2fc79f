import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { storageStatePath } from "./accounts";

export const SESSION_COOKIE = "authjs.session-token";

/** Sign in through /api/auth/callback/credentials, as a script would; the answer's Location. */
export async function apiSignIn(
  request: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf", { headers })).json()) as {
    csrfToken: string;
  };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/admin" },
    headers,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return response.headers()["location"] ?? "";
}

/** A new staff account made by the demo admin in the newsroom; its temporary password. */
export async function createStaff(
  browser: Browser,
  role: "REPORTER" | "EDITOR",
  label: string,
): Promise<{ email: string; password: string }> {
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `e2e-${label}-${run}@newsroom.test`;
  const context = await browser.newContext({ storageState: storageStatePath("admin") });
  const page = await context.newPage();
  await page.goto("/admin/users");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Create account" }) });
  await form.getByLabel("Name").fill(`E2E ${label} ${run}`);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByLabel("A temporary password, shown once").check();
  await form.getByRole("button", { name: "Create account" }).click();
  const password = (await form.getByTestId("one-time-secret").textContent())?.trim() ?? "";
  expect(password.length).toBeGreaterThanOrEqual(12);
  await context.close();
  return { email, password };
}

export async function formSignIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A new staff member signed in through the form in a fresh browser: their page, at the desk. */
export async function signedInStaff(
  browser: Browser,
  role: "REPORTER" | "EDITOR",
  label: string,
  beforeSignIn?: (page: Page) => Promise<unknown>,
) {
  const staff = await createStaff(browser, role, label);
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await beforeSignIn?.(page);
  await formSignIn(page, staff.email, staff.password);
  await expect(page.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
  return { staff, context, page };
}

/** A staff screen the signed-in role may not see: 403, and the page says so. */
export async function expectRefused(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(403);
  await expect(
    page.getByRole("heading", { name: "You do not have access to this page" }),
  ).toBeVisible();
}

/** The newsroom's navigation offers no link by that name. */
export async function expectNoNavLink(page: Page, name: string) {
  await expect(
    page.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name }),
  ).toHaveCount(0);
}
