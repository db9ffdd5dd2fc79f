import { expect, test, type Page, type Request } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { as, closeOpenedContexts, createDraft, saved, storyText, unique } from "./editor-helpers";

// Input an attacker (or a pasted binary file) sends, over real HTTP to the production server: a
// NUL character (PostgreSQL cannot store one), a document nested 10,000 levels deep, values of the
// wrong type, a body over the limit. Each gets a 4xx or a message by the field, never a 5xx, and
// the story is unchanged.

test.afterEach(closeOpenedContexts);

const NUL = "Harbour\u0000talks";
function deepDocument(levels: number) {
  let node: Record<string, unknown> = { type: "text", text: "deep" };
  for (let i = 0; i < levels; i++) node = { type: "blockquote", content: [node] };
  return { type: "doc", content: [node] };
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
      data: raw ?? JSON.stringify(data),
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

  const deep = await post({ ...base, body: deepDocument(10_000) });
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

test("the save action, sent over HTTP with a NUL or a 10,000-level document, answers a refusal the editor shows", async ({
  browser,
}) => {
  const page = await as(browser, "editor");
  const actions: Request[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"] && r.postData()?.includes("baseVersion"))
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
      data: JSON.stringify([{ ...input, ...changed }]),
    });

  const deep = await replay({ body: deepDocument(10_000) });
  expect(deep.status()).toBe(200);
  expect(await deep.text()).toMatch(/nested more than 100 levels/);
  const nul = await replay({ headline: NUL });
  expect(nul.status()).toBe(200);
  expect(await nul.text()).toMatch(/NUL character/);
  const wrongType = await replay({ storyId: { id: 1 } });
  expect(wrongType.status()).toBe(200);
  expect(await wrongType.text()).toMatch(/not valid|expected string/);

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
