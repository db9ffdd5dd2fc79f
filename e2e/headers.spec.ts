import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  expect,
  request as playwrightRequest,
  test,
  type APIResponse,
  type Browser,
  type Page,
} from "@playwright/test";
import { BASE_HEADERS, HSTS, newsroomPolicy, RESOURCE_POLICY } from "../lib/security/headers";
import { storageStatePath, type DemoRole } from "./accounts";
import { signedInStaff } from "./auth-helpers";
import { as, closeOpenedContexts, createDraft, saved } from "./editor-helpers";
import { parse, sha256 } from "../tests/helpers/csp";

// The security headers of lib/security/headers.ts, as the running production server sends them, and
// the pages still working under their Content-Security-Policy: no violation, no console error.

test.afterEach(closeOpenedContexts);

const STORY = "/news/integrity-commission-opens-inquiry-into-harbour-front-land-sales";
const TAG = "/tags/port-and-shipping";

function expectBaseHeaders(response: APIResponse) {
  const headers = response.headers();
  for (const [key, value] of Object.entries(BASE_HEADERS))
    expect(headers[key.toLowerCase()], `${key} on ${response.url()}`).toBe(value);
  // Plain http: no HSTS.
  expect(headers["strict-transport-security"], response.url()).toBeUndefined();
}

/** What the reader's pages must send: the hash of exactly the script and stylesheet they embed. */
async function expectReaderPage(response: APIResponse) {
  expect(response.status()).toBe(200);
  expectBaseHeaders(response);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)];
  const inline = scripts.filter((m) => !/type="application\/ld\+json"/.test(m[0]));
  expect(inline).toHaveLength(1);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
  expect(styles).toHaveLength(1);
  const csp = parse(response.headers()["content-security-policy"] ?? "");
  expect(csp).toEqual({
    "default-src": ["'none'"],
    "script-src": [sha256(inline[0]![1]!)],
    "style-src": [sha256(styles[0]![1]!)],
    "img-src": ["'self'"],
    "connect-src": ["'self'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/** The newsroom's pages: a nonce, the same one on every script Next rendered, new each request. */
async function expectNewsroomPage(response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200);
  expectBaseHeaders(response);
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? "";
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(policy).toBe(newsroomPolicy({ nonce }));
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  return nonce;
}

test("reader pages: an article and a tag page allow only their own inline script and style", async ({
  request,
}) => {
  await expectReaderPage(await request.get(STORY));
  await expectReaderPage(await request.get(TAG));
  await expectReaderPage(await request.get("/"));
  // A reader's 404 is one of our pages too.
  const missing = await request.get("/news/no-such-story-anywhere");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expectBaseHeaders(missing);
});

test("newsroom pages: /login and a signed-in /admin carry a fresh nonce that Next puts on its scripts", async () => {
  const anonymous = await playwrightRequest.newContext({
    baseURL: test.info().project.use.baseURL,
  });
  const first = await expectNewsroomPage(await anonymous.get("/login"));
  const second = await expectNewsroomPage(await anonymous.get("/login"));
  expect(second).not.toBe(first);
  // Not signed in: the early redirect still happens, with the headers.
  const redirect = await anonymous.get("/admin/stories", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["location"]).toMatch(/\/login\?callbackUrl=/);
  expectBaseHeaders(redirect);
  await anonymous.dispose();

  const admin = await playwrightRequest.newContext({
    baseURL: test.info().project.use.baseURL,
    storageState: storageStatePath("admin"),
  });
  const page = await admin.get("/admin", { maxRedirects: 0 });
  await expectNewsroomPage(page);
  expect(await page.text()).toContain("Stories");
  await admin.dispose();
});

test("feeds, sitemaps, icons, pictures, build files and 404s get the headers too", async ({
  request,
}) => {
  for (const path of ["/feed.xml", `${TAG}/feed.xml`, "/sitemap.xml", "/robots.txt"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectBaseHeaders(response);
    expect(response.headers()["content-security-policy"], path).toBe(RESOURCE_POLICY);
  }
  for (const path of ["/favicon.ico", "/icon.svg", "/logo.png"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectBaseHeaders(response);
    expect(response.headers()["content-security-policy"], path).toBe(RESOURCE_POLICY);
  }

  // A picture from the article's HTML, as the media route serves it.
  const article = await (await request.get(STORY)).text();
  const picture = /src="(\/media\/[^"]+)"/.exec(article)?.[1];
  expect(picture, "the seeded article has a lead image").toBeTruthy();
  const image = await request.get(picture!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toMatch(/^image\//);
  expectBaseHeaders(image);
  expect(image.headers()["content-security-policy"]).toBe(RESOURCE_POLICY);

  // A build file named in /login's HTML.
  const login = await (await request.get("/login")).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(login)?.[1];
  expect(chunk).toBeTruthy();
  const script = await request.get(chunk!);
  expect(script.status()).toBe(200);
  expectBaseHeaders(script);

  // Auth.js's JSON, and a path nothing answers (Next's own 404 page).
  const csrf = await request.get("/api/auth/csrf");
  expectBaseHeaders(csrf);
  expect(csrf.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const nowhere = await request.get("/no/such/page");
  expect(nowhere.status()).toBe(404);
  expectBaseHeaders(nowhere);
});

test("HSTS only when the request came over https (X-Forwarded-Proto from the proxy)", async ({
  request,
}) => {
  const https = { "X-Forwarded-Proto": "https" };
  for (const path of [STORY, "/login", "/feed.xml", "/icon.svg"]) {
    const plain = await request.get(path);
    expect(plain.headers()["strict-transport-security"], path).toBeUndefined();
    const secure = await request.get(path, { headers: https });
    expect(secure.headers()["strict-transport-security"], path).toBe(HSTS);
  }
});

// --- The pages in a browser, under their policy ------------------------------------------------

interface Watch {
  problems: string[];
}

/** Collects CSP violations (the DOM event, in every frame) and console errors of a page. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { problems: [] };
  await page.exposeFunction("__reportViolation", (text: string) => w.problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation(t: string): void }).__reportViolation(
        `CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") w.problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => w.problems.push(`page error: ${error.message}`));
  return w;
}

/** A new page of one of the demo staff (signed out for null), watched from its first request. */
async function watchedAs(browser: Browser, role: DemoRole | null) {
  const page = await as(browser, role);
  return { page, w: await watch(page) };
}

async function settle(page: Page) {
  await page.waitForLoadState("load");
  // Let late scripts (chunks loaded after hydration, the relative-time script) run.
  await page.waitForTimeout(500);
}

test("an article works under its policy: the relative-time script runs, nothing is blocked", async ({
  browser,
}) => {
  const { page, w } = await watchedAs(browser, null);
  await page.goto(STORY);
  await settle(page);
  // The inline script ran: it marks each relative time it rewrote from the reader's clock.
  const times = page.locator("time[data-rel]");
  expect(await times.count()).toBeGreaterThan(0);
  await expect(times.first()).toHaveText(/ago|just now/);
  // The inline stylesheet applied (the masthead's layout comes from it).
  expect(await page.locator("header.site .wrap").evaluate((e) => getComputedStyle(e).display)).toBe(
    "flex",
  );
  // The lead image loaded.
  const img = page.locator("main img").first();
  await expect(img).toBeVisible();
  expect(await img.evaluate((e) => (e as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await page.goto(TAG);
  await settle(page);
  expect(w.problems).toEqual([]);
});

test("/login and /admin work under the newsroom's policy", async ({ browser }) => {
  const { page: anonymous, w: a } = await watchedAs(browser, null);
  await anonymous.goto("/login");
  await settle(anonymous);
  await expect(anonymous.getByRole("button", { name: "Sign in" })).toBeVisible();
  await anonymous.goto("/set-password");
  await settle(anonymous);
  await expect(anonymous.locator("main h1")).toBeVisible();
  expect(a.problems).toEqual([]);

  const { page: admin, w } = await watchedAs(browser, "admin");
  await admin.goto("/admin");
  await settle(admin);
  await expect(admin.getByRole("heading", { name: "Stories", level: 1 })).toBeVisible();
  // Client navigation loads more chunks ('strict-dynamic') and fetches RSC payloads (connect-src).
  await admin.getByRole("link", { name: "Tags", exact: true }).first().click();
  await expect(admin).toHaveURL(/\/admin\/tags/);
  await settle(admin);
  await admin.goto("/admin/media");
  await settle(admin);
  const thumb = admin.locator("main img").first();
  await expect(thumb).toBeVisible();
  expect(await thumb.evaluate((e) => (e as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  expect(w.problems).toEqual([]);
});

test("the story editor works under the policy: open from the list, type, format, autosave", async ({
  browser,
}) => {
  const { page, w } = await watchedAs(browser, "reporter");
  const headline = `Headers hold ${Date.now().toString(36)}`;
  await createDraft(page, headline);
  // Open it as a writer would: from the story list, by client navigation.
  await page.goto("/admin");
  await settle(page);
  await page.getByRole("link", { name: headline }).click();
  await expect(page).toHaveURL(/\/admin\/stories\/[a-z0-9]+$/);
  const body = page.getByRole("textbox", { name: "Story text" });
  await body.click();
  await page.keyboard.type("The harbour board met on Monday.");
  await page.keyboard.press("Enter");
  // The shortcut rather than the toolbar button: a click there can lose the caret's first keystroke
  // (a known defect of the editor's keyboard tests, not of the policy).
  await page.keyboard.press("Control+b");
  await page.keyboard.type("In bold.");
  await expect(body.locator("strong")).toHaveText("In bold.");
  // The toolbar follows the selection (React state updates from Tiptap's events).
  await expect(page.getByRole("button", { name: "B", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await saved(page);
  // Tiptap's base styles, now from editor.css rather than an injected <style>.
  expect(await body.evaluate((e) => getComputedStyle(e).whiteSpace)).toBe("break-spaces");
  await page.reload();
  await expect(body).toContainText("The harbour board met on Monday.");
  await settle(page);
  expect(w.problems).toEqual([]);
});

test("a newsroom address that does not exist: Next's 404 page, with a nonce of its own", async ({
  browser,
}) => {
  const { page, w } = await watchedAs(browser, "reporter");
  const response = await page.goto("/admin/no-such-screen");
  expect(response?.status()).toBe(404);
  expect(response?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await settle(page);
  // A console error for the 404 itself is expected; nothing else is.
  expect(w.problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
});

test("the two-factor enrolment shows its QR code (a data: image) under the policy", async ({
  browser,
}) => {
  let w!: Awaited<ReturnType<typeof watch>>;
  const { context, page } = await signedInStaff(browser, "REPORTER", "csp", async (p) => {
    w = await watch(p);
  });
  await page.goto("/admin/account");
  const section = page.locator("section", {
    has: page.getByRole("heading", { name: "Two factors" }),
  });
  await section.getByRole("button", { name: "Set up two factors" }).click();
  const qr = section.getByRole("img", { name: "QR code for your authenticator app" });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute("src")).toMatch(/^data:image\//);
  expect(await qr.evaluate((e) => (e as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await settle(page);
  expect(w.problems).toEqual([]);
  await context.close();
});

// --- Framing from another origin -----------------------------------------------------------------

async function framingPage(targets: string[]): Promise<{ server: Server; url: string }> {
  const body = `<!doctype html><title>Elsewhere</title><h1>Another site</h1>${targets
    .map((t) => `<iframe src="${t}" width="600" height="400"></iframe>`)
    .join("")}`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** What each frame of the page at `url` shows, for a signed-in admin. */
async function framed(browser: Browser, url: string) {
  const context = await browser.newContext({ storageState: storageStatePath("admin") });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Another site" })).toBeVisible();
  await page.waitForLoadState("load");
  const inner = page.frames().filter((f) => f !== page.mainFrame());
  const shown = await Promise.all(
    inner.map(async (f) => ({ url: f.url(), text: await f.locator("body").innerText() })),
  );
  await context.close();
  return shown;
}

test("a page on another origin cannot frame the signed-in /admin or an article", async ({
  browser,
}) => {
  const base = test.info().project.use.baseURL!;
  const { server, url } = await framingPage([`${base}/admin`, `${base}${STORY}`]);
  try {
    const shown = await framed(browser, url);
    expect(shown).toHaveLength(2);
    for (const frame of shown) {
      // Chromium's own "refused to connect" page instead of ours.
      expect(frame.url).toMatch(/^chrome-error:/);
      expect(frame.text).not.toContain("Stories");
      expect(frame.text).not.toContain("Integrity commission");
    }
  } finally {
    server.close();
  }
});
