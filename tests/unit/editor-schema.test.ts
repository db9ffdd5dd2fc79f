import { describe, expect, it } from "vitest";
import { z } from "zod";
import { commentRequestInputSchema } from "../../lib/comment-requests/schema";
import { relatedInputSchema } from "../../lib/related/schema";
import { sourceInputSchema } from "../../lib/sources/schema";
import { parseLocalDateTime, scheduleSchema, storySaveSchema } from "../../lib/stories/schema";
import { markedDoc } from "../helpers/documents";

const valid = {
  storyId: "s1",
  baseVersion: 3,
  headline: "Port strike ends",
  summary: "",
  dateline: "HALVERN",
  slug: "port-strike-ends",
  bylineIds: ["u1"],
  tagIds: ["t1"],
  body: {
    type: "doc",
    content: [{ type: "paragraph", content: [{ type: "text", text: "Hello." }] }],
  },
};
const fieldErrors = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? {} : (z.flattenError(r.error).fieldErrors as Record<string, string[]>);
};

describe("story save input", () => {
  it("accepts a complete form", () => {
    expect(storySaveSchema.safeParse(valid).success).toBe(true);
  });

  it("puts each problem next to its field", () => {
    expect(fieldErrors(storySaveSchema, { ...valid, headline: "  " }).headline).toEqual([
      "A headline is required.",
    ]);
    expect(fieldErrors(storySaveSchema, { ...valid, slug: "Not A Slug" }).slug?.[0]).toMatch(
      /lower-case/,
    );
    expect(fieldErrors(storySaveSchema, { ...valid, bylineIds: [] }).bylineIds?.[0]).toMatch(
      /at least one byline/,
    );
    expect(
      fieldErrors(storySaveSchema, {
        ...valid,
        body: { type: "doc", content: [{ type: "video" }] },
      }).body?.[0],
    ).toMatch(/does not support/);
    expect(
      fieldErrors(storySaveSchema, { ...valid, body: { type: "paragraph" } }).body?.[0],
    ).toMatch(/must be a document/);
    expect(
      fieldErrors(storySaveSchema, {
        ...valid,
        body: markedDoc("x", { type: "link", attrs: { href: "data:text/html,hi" } }),
      }).body?.[0],
    ).toMatch(/http, https or mailto/);
    expect(fieldErrors(storySaveSchema, { ...valid, baseVersion: "3" }).baseVersion).toBeDefined();
  });
});

describe("schedule time", () => {
  it("must be in the future", () => {
    expect(
      fieldErrors(scheduleSchema, { storyId: "s1", scheduledAt: new Date(Date.now() - 1000) })
        .scheduledAt,
    ).toEqual(["The scheduled time must be in the future."]);
    expect(
      scheduleSchema.safeParse({ storyId: "s1", scheduledAt: new Date(Date.now() + 3_600_000) })
        .success,
    ).toBe(true);
    expect(
      fieldErrors(scheduleSchema, { storyId: "s1", scheduledAt: "" }).scheduledAt,
    ).toBeDefined();
  });

  it("reads datetime-local values in the writer's time zone", () => {
    // A browser at UTC+2 reports an offset of -120 minutes.
    expect(parseLocalDateTime("2026-11-28T14:30", -120)?.toISOString()).toBe(
      "2026-11-28T12:30:00.000Z",
    );
    expect(parseLocalDateTime("", 0)).toBeUndefined();
    expect(Number.isNaN(parseLocalDateTime("tomorrow", 0)?.getTime())).toBe(true);
  });
});

describe("reporting inputs", () => {
  it("source: a description, a sane headcount, a checkbox read as a boolean", () => {
    expect(
      sourceInputSchema.parse({ anonymous: "on", publicDescription: "a pilot", headcount: "2" }),
    ).toMatchObject({ anonymous: true, headcount: 2 });
    expect(
      sourceInputSchema.parse({ anonymous: "", publicDescription: "the mayor", headcount: "1" })
        .anonymous,
    ).toBe(false);
    expect(fieldErrors(sourceInputSchema, { publicDescription: "", headcount: "0" })).toMatchObject(
      { publicDescription: expect.any(Array), headcount: expect.any(Array) },
    );
  });

  it("request for comment: a deadline after sending, a response when they responded", () => {
    const sentAt = new Date("2026-11-28T10:00:00Z");
    expect(
      fieldErrors(commentRequestInputSchema, {
        organisation: "City Hall",
        channel: "EMAIL",
        sentAt,
        deadline: new Date("2026-11-28T09:00:00Z"),
        outcome: "PENDING",
      }).deadline,
    ).toBeDefined();
    expect(
      fieldErrors(commentRequestInputSchema, {
        organisation: "City Hall",
        channel: "EMAIL",
        sentAt,
        outcome: "RESPONDED",
      }).responseText,
    ).toEqual(["Record what they said."]);
    expect(
      fieldErrors(commentRequestInputSchema, {
        organisation: "City Hall",
        channel: "PIGEON",
        sentAt,
        outcome: "PENDING",
      }).channel,
    ).toBeDefined();
  });

  it("related article: only full http(s) addresses for external ones", () => {
    const base = { kind: "external", outlet: "Wire", headline: "A story" };
    expect(relatedInputSchema.safeParse({ ...base, url: "https://example.com/a" }).success).toBe(
      true,
    );
    for (const url of [
      "javascript:alert(1)",
      "mailto:a@b.c",
      "/news/ours",
      "ftp://example.com/x",
    ]) {
      expect(relatedInputSchema.safeParse({ ...base, url }).success).toBe(false);
    }
  });
});
