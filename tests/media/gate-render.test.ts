import { describe, expect, it } from "vitest";
import { storyDocumentSchema } from "@/lib/editor/document";
import { renderStoryHtml } from "@/lib/editor/render";
import { evaluatePublishGate, type GateInput } from "@/lib/stories/policy";

// The picture rules of the publish gate, and the reader's markup of a picture in the text.

const image = (attrs: Record<string, unknown>) => ({
  type: "image",
  attrs: {
    mediaId: "m1",
    key: "0123456789abcdef0123",
    width: 1000,
    height: 750,
    alt: "The lamp room",
    caption: "The lamp.",
    credit: "John Roe",
    ...attrs,
  },
});
const doc = (...nodes: object[]) => ({
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "The keepers walked out." }] },
    ...nodes,
  ],
});
const gate = (body: object, leadImage?: GateInput["leadImage"]) =>
  evaluatePublishGate(
    {
      headline: "H",
      body,
      tagIds: ["t1"],
      bylineIds: ["u1"],
      sources: [],
      commentRequests: [],
      leadImage,
    },
    new Date(),
  );

describe("publish gate: pictures", () => {
  it("blocks a picture in the text without alt text or credit", () => {
    const result = gate(doc(image({ alt: " " }), image({ credit: "" })), { alt: "a", credit: "b" });
    expect(result.canPublish).toBe(false);
    expect(result.blocking.map((c) => c.message)).toEqual([
      "Picture 1 in the text has alt text",
      "Picture 2 in the text has a credit",
    ]);
  });
  it("blocks a lead image without alt text or credit", () => {
    const result = gate(doc(), { alt: "", credit: "" });
    expect(result.blocking.map((c) => c.id)).toEqual(["lead-image-alt", "lead-image-credit"]);
  });
  it("warns, and does not block, when there is no lead image", () => {
    const result = gate(doc(image({})), null);
    expect(result.canPublish).toBe(true);
    expect(result.warnings.map((c) => c.id)).toEqual(["lead-image"]);
  });
  it("says nothing about a lead image it was not told about", () => {
    expect(gate(doc(), undefined).checks.some((c) => c.id.startsWith("lead-image"))).toBe(false);
  });
});

describe("rendering a picture in the text", () => {
  it("is a lazy <figure> with srcset in three formats, size, caption and credit", () => {
    const body = doc(image({}));
    expect(storyDocumentSchema.safeParse(body).success).toBe(true);
    const html = renderStoryHtml(body);
    const k = "/media/0123456789abcdef0123";
    expect(html).toContain(
      `<figure class="image"><picture><source type="image/avif" srcset="${k}-480.avif 480w, ${k}-800.avif 800w, ${k}-1000.avif 1000w"`,
    );
    expect(html).toContain(`<source type="image/webp" srcset="${k}-480.webp 480w`);
    expect(html).toContain(
      `<img src="${k}-800.jpg" srcset="${k}-480.jpg 480w, ${k}-800.jpg 800w, ${k}-1000.jpg 1000w" sizes="(max-width: 44rem) calc(100vw - 2rem), 42rem" width="1000" height="750" alt="The lamp room" loading="lazy" decoding="async">`,
    );
    expect(html).toContain(
      '<figcaption>The lamp. <span class="credit">Photo: John Roe</span></figcaption></figure>',
    );
  });
  it("escapes the words and drops a picture whose key is not ours", () => {
    const html = renderStoryHtml(
      doc(image({ alt: '"><script>x</script>', caption: "<b>c</b>" }), image({ key: "../../x" })),
    );
    expect(html).not.toContain("<script>");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
    expect(html).toContain("&lt;b&gt;c&lt;/b&gt;");
    expect(html.match(/<figure/g)).toHaveLength(1);
  });
});
