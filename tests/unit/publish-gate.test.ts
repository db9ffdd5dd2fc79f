import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { buildCommentSentences } from "../../lib/comment-requests/sentences";
import {
  checkCommentClaims,
  evaluatePublishGate,
  type GateCommentRequest,
  type GateInput,
  type GateSource,
} from "../../lib/stories/policy";

const NOW = new Date("2026-11-28T12:00:00Z");
const doc = (...paragraphs: (string | JSONContent[])[]): JSONContent => ({
  type: "doc",
  content: paragraphs.map((p) => ({
    type: "paragraph",
    content: typeof p === "string" ? [{ type: "text", text: p }] : p,
  })),
});
const cited = (sourceId: string, text: string): JSONContent => ({
  type: "text",
  text,
  marks: [{ type: "sourceRef", attrs: { sourceId } }],
});

const named: GateSource = {
  id: "s1",
  anonymous: false,
  publicDescription: "the mayor",
  headcount: 1,
  anonymityReason: "",
  approvedAt: null,
  approvedById: null,
};
const anon: GateSource = {
  id: "s2",
  anonymous: true,
  publicDescription: "two people briefed on the talks",
  headcount: 2,
  anonymityReason: "not authorised to speak",
  approvedAt: NOW,
  approvedById: "desk-editor",
};
const request = (
  organisation: string,
  outcome: GateCommentRequest["outcome"],
  channel: GateCommentRequest["channel"] = "EMAIL",
  deadline: Date | null = null,
): GateCommentRequest => ({ organisation, outcome, channel, deadline });

function input(overrides: Partial<GateInput> = {}): GateInput {
  return {
    headline: "Port strike ends",
    body: doc([
      cited("s1", "The strike is over,"),
      { type: "text", text: " the mayor said. " },
      cited("s2", "Talks ran all night."),
    ]),
    tagIds: ["t1"],
    bylineIds: ["reporter"],
    sources: [named, anon],
    commentRequests: [],
    ...overrides,
  };
}
const failing = (r: ReturnType<typeof evaluatePublishGate>) =>
  r.blocking.map((c) => c.id.split(":")[0]);
const warned = (r: ReturnType<typeof evaluatePublishGate>) =>
  r.warnings.map((c) => c.id.split(":")[0]);

describe("publish gate: blocking rules", () => {
  it("passes a complete story with no warnings", () => {
    const r = evaluatePublishGate(input(), NOW);
    expect(r.canPublish).toBe(true);
    expect(r.blocking).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.checks.every((c) => c.ok)).toBe(true);
  });

  it("needs a headline", () => {
    expect(failing(evaluatePublishGate(input({ headline: "   " }), NOW))).toEqual(["headline"]);
  });

  it("needs body text", () => {
    const r = evaluatePublishGate(input({ body: doc(""), sources: [] }), NOW);
    expect(failing(r)).toEqual(["body"]);
    expect(r.canPublish).toBe(false);
  });

  it("needs at least one tag", () => {
    expect(failing(evaluatePublishGate(input({ tagIds: [] }), NOW))).toEqual(["tags"]);
  });

  it("needs a reason for every anonymous source", () => {
    expect(
      failing(
        evaluatePublishGate(input({ sources: [named, { ...anon, anonymityReason: " " }] }), NOW),
      ),
    ).toEqual(["source-reason"]);
  });

  it("needs an editor's approval for every anonymous source", () => {
    const r = evaluatePublishGate(input({ sources: [named, { ...anon, approvedAt: null }] }), NOW);
    expect(failing(r)).toEqual(["source-approval"]);
    expect(r.blocking[0].message).toContain("two people briefed on the talks");
  });

  it("does not count an approval whose approver is on the byline now", () => {
    const r = evaluatePublishGate(input({ bylineIds: ["reporter", "desk-editor"] }), NOW);
    expect(failing(r)).toEqual(["source-approval"]);
    expect(r.blocking[0].message).toContain("its approver is on the byline now");
  });

  it("warns when the text links to a tag the story is not tagged with", () => {
    const linked: JSONContent = {
      type: "text",
      text: "the dockers' union",
      marks: [{ type: "tagLink", attrs: { tagId: "t2", slug: "dockers" } }],
    };
    const body = doc([cited("s1", "Over."), cited("s2", "Talks ran."), linked]);
    const r = evaluatePublishGate(input({ body }), NOW);
    expect(r.canPublish).toBe(true);
    expect(r.warnings.map((w) => w.id)).toEqual(["tag-link-untagged:t2"]);
    expect(warned(evaluatePublishGate(input({ body, tagIds: ["t1", "t2"] }), NOW))).toEqual([]);
  });

  it("does not ask named sources for a reason or an approval", () => {
    expect(
      evaluatePublishGate(input({ sources: [named], body: doc([cited("s1", "It is over.")]) }), NOW)
        .canPublish,
    ).toBe(true);
  });
});

describe("publish gate: the text's claims about requests for comment", () => {
  it("blocks 'did not respond' without any recorded request", () => {
    const r = evaluatePublishGate(
      input({
        body: doc(
          [cited("s1", "Over.")],
          [cited("s2", "Talks ran.")],
          "The Pentagon did not immediately respond to a request for comment.",
        ),
      }),
      NOW,
    );
    expect(failing(r)).toEqual(["claim"]);
    expect(r.blocking[0].message).toMatch(/no request for comment to The Pentagon/);
  });

  it("accepts 'did not respond' when that organisation's request has NO_RESPONSE", () => {
    const checks = checkCommentClaims(
      "The Pentagon did not immediately respond to a request for comment.",
      [request("the Pentagon", "NO_RESPONSE")],
    );
    expect(checks).toEqual([expect.objectContaining({ ok: true })]);
  });

  it("blocks 'did not respond' when the organisation is recorded as having declined", () => {
    const checks = checkCommentClaims("The Pentagon did not respond to requests for comment.", [
      request("The Pentagon", "DECLINED"),
    ]);
    expect(checks[0]).toMatchObject({ ok: false, level: "blocking" });
    expect(checks[0].message).toContain("recorded as declined");
  });

  it("checks every organisation named in a grouped sentence", () => {
    const text =
      "The White House and the State Department did not immediately respond to requests for comment.";
    expect(
      checkCommentClaims(text, [
        request("The White House", "NO_RESPONSE"),
        request("State Department", "NO_RESPONSE"),
      ])[0].ok,
    ).toBe(true);
    const partly = checkCommentClaims(text, [
      request("The White House", "NO_RESPONSE"),
      request("State Department", "PENDING"),
    ]);
    expect(partly[0]).toMatchObject({ ok: false });
    expect(partly[0].message).toContain("State Department is recorded as still pending");
  });

  it("needs DECLINED for 'declined to comment'", () => {
    expect(
      checkCommentClaims("Acme Corp declined to comment.", [request("Acme Corp", "DECLINED")])[0]
        .ok,
    ).toBe(true);
    expect(
      checkCommentClaims("Acme Corp declined to comment.", [request("Acme Corp", "NO_RESPONSE")])[0]
        .ok,
    ).toBe(false);
  });

  it("needs a fax for 'did not respond to faxed requests'", () => {
    const text = "The ministry did not respond to faxed requests for comment.";
    expect(checkCommentClaims(text, [request("The ministry", "NO_RESPONSE", "FAX")])[0].ok).toBe(
      true,
    );
    const emailed = checkCommentClaims(text, [request("The ministry", "NO_RESPONSE", "EMAIL")]);
    expect(emailed[0]).toMatchObject({ ok: false });
    expect(emailed[0].message).toContain("was not sent a fax");
  });

  it("ignores sentences that make no such claim", () => {
    expect(
      checkCommentClaims("The ministry said in a statement that talks would resume.", [
        request("The ministry", "RESPONDED"),
      ]),
    ).toEqual([]);
  });

  it("passes every sentence the editor offers from the recorded requests", () => {
    const requests = [
      request("The White House", "NO_RESPONSE"),
      request("the State Department", "NO_RESPONSE"),
      request("Acme Corp", "DECLINED"),
      request("The port authority", "NO_RESPONSE", "FAX"),
    ];
    const offered = buildCommentSentences(requests)
      .map((s) => s.text)
      .join(" ");
    const checks = checkCommentClaims(offered, requests);
    expect(checks).toHaveLength(3);
    expect(checks.every((c) => c.ok)).toBe(true);
  });
});

describe("publish gate: warnings", () => {
  /** The gate on a story whose one request for comment, to City Hall, is pending until `deadline`. */
  const pendingUntil = (deadline: string) =>
    evaluatePublishGate(
      input({ commentRequests: [request("City Hall", "PENDING", "EMAIL", new Date(deadline))] }),
      NOW,
    );

  it("warns about a request still pending before its deadline, without blocking", () => {
    const r = pendingUntil("2026-11-28T18:00:00Z");
    expect(r.canPublish).toBe(true);
    expect(warned(r)).toEqual(["request-pending"]);
    expect(r.warnings[0].message).toContain("still pending");
  });

  it("says so when a pending request's deadline has passed", () => {
    const r = pendingUntil("2026-11-28T08:00:00Z");
    expect(r.warnings[0].message).toContain("deadline for City Hall has passed");
  });

  it("warns about a source that supports no passage", () => {
    const r = evaluatePublishGate(input({ body: doc([cited("s2", "Talks ran all night.")]) }), NOW);
    expect(r.canPublish).toBe(true);
    expect(r.warnings.map((c) => c.id)).toEqual(["source-unused:s1"]);
  });

  it("warns about a plural description with a headcount of one", () => {
    for (const description of [
      "two people briefed on the talks",
      "officials familiar with the plan",
      "several executives",
    ]) {
      const r = evaluatePublishGate(
        input({ sources: [named, { ...anon, publicDescription: description, headcount: 1 }] }),
        NOW,
      );
      expect(warned(r)).toEqual(["source-plural"]);
    }
    expect(
      warned(
        evaluatePublishGate(
          input({
            sources: [
              named,
              { ...anon, publicDescription: "a person familiar with the talks", headcount: 1 },
            ],
          }),
          NOW,
        ),
      ),
    ).toEqual([]);
  });

  it("warns about a singular description with a headcount above one", () => {
    const r = evaluatePublishGate(
      input({
        sources: [
          named,
          { ...anon, publicDescription: "a person familiar with the talks", headcount: 3 },
        ],
      }),
      NOW,
    );
    expect(warned(r)).toEqual(["source-plural"]);
  });
});
