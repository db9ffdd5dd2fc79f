import { expect, test, type Page, type Request } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { as, closeOpenedContexts, createDraft, saved, storyText, unique } from "./editor-helpers";

// Input an attacker (or a pasted binary file) sends, over real HTTP to the production server: a
// NUL character (PostgreSQL cannot store one), a document nested 10,000 levels deep, values of the
// wrong type, a body over the limit. Each gets a 4xx or a message by the field, never a 5xx, and
// the story is unchanged.

test.afterEach(closeOpenedContexts);

const NUL = "Harbour\u0000talks";
const DEEP = "__deep_document__";
/** JSON of `value` with a document 10,000 levels deep where it holds DEEP (written as text: even
 * JSON.stringify overflows the stack on such a value). */
function withDeepDocument(value: unknown): string {
  const levels = 10_000;
  const deep =
    '{"type":"doc","content":[' +
    '{"type":"blockquote","content":['.repeat(levels) +
    '{"type":"text","text":"deep"}' +
    "]}".repeat(levels) +
    "]}";
  return JSON.stringify(value).replace(JSON.stringify(DEEP), deep);
}

async function draftWithText(page: Page) {
  const headline = `Hostile input ${unique()}`;
  const storyId = await createDraft(page, headline);
  await storyText(page).click();
  await page.keyboard.type("The harbour board met on Friday.");
  await saved(page);
  return { storyId, headline };
}

test("the autosave route answers 4xx to a NUL, a 10,000-level document, wrong types and a body over the limit", async ({
  browser,
}) => {
  const page = await as(browser, "editor");
  const { storyId, headline } = await draftWithText(page);
  const post = (data: unknown, raw?: string) =>
    page.request.post(`/admin/stories/${storyId}/autosave`, {
      headers: { origin: baseURL, "content-type": "application/json" },
      data: Buffer.from(raw ?? JSON.stringify(data)), // as bytes: a string would be JSON-encoded again
    });
  const base = {
    baseVersion: 1,
    headline,
    summary: "",
    dateline: "",
    slug: "hostile",
    bylineIds: ["x"],
    tagIds: [],
    body: { type: "doc", content: [{ type: "paragraph" }] },
  };

  const nul = await post({ ...base, headline: NUL });
  expect(nul.status()).toBe(422);
  expect((await nul.json()).fieldErrors.headline[0]).toMatch(/NUL character/);

  const nulText = await post({
    ...base,
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: NUL }] }] },
  });
  expect(nulText.status()).toBe(422);

  const deep = await post(null, withDeepDocument({ ...base, body: DEEP }));
  expect(deep.status()).toBe(422);
  expect((await deep.json()).message).toMatch(/nested more than 100 levels/);

  for (const wrong of [{ baseVersion: "1" }, { headline: { a: 1 } }, { bylineIds: [42] }, []]) {
    const response = await post(Array.isArray(wrong) ? wrong : { ...base, ...wrong });
    expect(response.status(), JSON.stringify(wrong)).toBe(422);
  }
  expect((await post(null, "{not json")).status()).toBe(400);
  const huge = await post({ ...base, summary: "x".repeat(3 * 1024 * 1024) });
  expect(huge.status()).toBe(413);

  // Nothing was written: the writer's text and headline are as they left them.
  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue(headline);
  await expect(storyText(page)).toContainText("The harbour board met on Friday.");
});

test("the save action, sent over HTTP with a NUL, a wrong type or a 10,000-level document, is refused", async ({
  browser,
}) => {
  const page = await as(browser, "editor");
  const actions: Request[] = [];
  page.on("request", (r) => {
    if (
      r.method() === "POST" &&
      r.headers()["next-action"] &&
      r.postData()?.includes("baseVersion")
    )
      actions.push(r);
  });
  const { headline } = await draftWithText(page);
  const save = actions.at(-1);
  expect(save, "the editor saved through a server action").toBeTruthy();
  const [input] = JSON.parse(save!.postData()!) as [Record<string, unknown>];
  const replay = (changed: Record<string, unknown>) =>
    page.request.post(save!.url(), {
      headers: {
        "next-action": save!.headers()["next-action"],
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: baseURL,
      },
      data: Buffer.from(withDeepDocument([{ ...input, ...changed }])),
    });

  // Refused by the proxy before Next's decoder, which would overflow on it (a 500).
  const deep = await replay({ body: DEEP });
  expect(deep.status()).toBe(400);
  expect(await deep.text()).toMatch(/more than \d+ levels deep/);
  const nul = await replay({ headline: NUL });
  expect(nul.status()).toBe(200);
  expect(await nul.text()).toMatch(/NUL character/);
  const wrongType = await replay({ storyId: { id: 1 } });
  expect(wrongType.status()).toBe(200);
  expect(await wrongType.text()).toMatch(/not valid|expected string/);

  // A body over the 2 MB cap, and a body that is not React's reply format: the proxy answers
  // before Next, whose own answer to each is a bare 500. Neither writes; the server goes on.
  const oversized = await replay({ summary: "x".repeat(3 * 1024 * 1024) });
  expect(oversized.status()).toBe(413);
  const garbage = await page.request.post(save!.url(), {
    headers: { "next-action": save!.headers()["next-action"], origin: baseURL },
    data: Buffer.from("]]]not the reply format"),
  });
  expect(garbage.status()).toBeGreaterThanOrEqual(400);
  console.log(
    `Next's own answers: oversized ${oversized.status()}, undecodable ${garbage.status()}`,
  );
  expect((await page.request.get("/admin")).status()).toBe(200);

  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue(headline);
});

test("a NUL typed into the account's name and the sign-in form gets a message by the field", async ({
  browser,
}) => {
  const page = await as(browser, "reporter");
  await page.goto("/admin/account");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Save name" }) });
  await form.getByLabel("Name").fill(NUL);
  await form.getByRole("button", { name: "Save name" }).click();
  await expect(form.getByText(/NUL character/).first()).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue(NUL);

  const signedOut = await as(browser, null);
  await signedOut.goto("/login");
  await signedOut.getByLabel("Email").fill(`night\u0000desk@newsroom.test`);
  await signedOut.getByLabel("Password").fill(NUL);
  await signedOut.getByRole("button", { name: "Sign in" }).click();
  await expect(signedOut.getByText("Enter a valid email address.")).toBeVisible();
});
