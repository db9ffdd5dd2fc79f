import { describe, expect, it } from "vitest";
import {
  buildCommentSentences,
  joinOrganisations,
  type SentenceRequest,
} from "../../lib/comment-requests/sentences";

const r = (
  organisation: string,
  outcome: SentenceRequest["outcome"],
  channel: SentenceRequest["channel"] = "EMAIL",
  responseText = "",
): SentenceRequest => ({ organisation, outcome, channel, responseText });

describe("wire-style comment sentences", () => {
  it("groups organisations that did not respond, as a wire desk writes it", () => {
    const s = buildCommentSentences([
      r("The White House", "NO_RESPONSE"),
      r("The State Department", "NO_RESPONSE", "PHONE"),
    ]);
    expect(s.map((x) => x.text)).toEqual([
      "The White House and the State Department did not immediately respond to requests for comment.",
    ]);
  });

  it("uses the singular for one organisation", () => {
    expect(buildCommentSentences([r("the Pentagon", "NO_RESPONSE")])[0].text).toBe(
      "The Pentagon did not immediately respond to a request for comment.",
    );
  });

  it("writes who declined", () => {
    expect(
      buildCommentSentences([
        r("Acme Corp", "DECLINED"),
        r("Beta Ltd", "DECLINED"),
        r("Gamma", "DECLINED"),
      ])[0].text,
    ).toBe("Acme Corp, Beta Ltd and Gamma declined to comment.");
  });

  it("keeps faxed requests in their own sentence", () => {
    const s = buildCommentSentences([
      r("The ministry", "NO_RESPONSE", "FAX"),
      r("The embassy", "NO_RESPONSE"),
    ]);
    expect(s.map((x) => x.text)).toEqual([
      "The embassy did not immediately respond to a request for comment.",
      "The ministry did not respond to faxed requests for comment.",
    ]);
  });

  it("quotes a response and offers nothing for pending requests", () => {
    const s = buildCommentSentences([
      r("City Hall", "RESPONDED", "EMAIL", "We welcome the decision."),
      r("Port authority", "PENDING"),
    ]);
    expect(s).toEqual([
      {
        kind: "RESPONDED",
        organisations: ["City Hall"],
        text: "City Hall said in a statement: “We welcome the decision.”",
      },
    ]);
  });

  it("names an organisation once even when asked twice", () => {
    expect(
      buildCommentSentences([r("Acme", "DECLINED"), r("acme", "DECLINED")])[0].organisations,
    ).toEqual(["Acme"]);
  });

  it("returns nothing when nothing has been recorded", () => {
    expect(buildCommentSentences([])).toEqual([]);
  });

  it("joins names with commas and 'and'", () => {
    expect(joinOrganisations(["the A", "The B"])).toBe("The A and the B");
    expect(joinOrganisations(["X"])).toBe("X");
  });
});
