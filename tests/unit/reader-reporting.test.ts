import { describe, expect, it } from "vitest";
import { backstory, outcomeText, sourcingSummary } from "@/lib/reader/reporting";

// The "How we reported this" wording and the JSON-LD backstory, from public fields only.

const source = (
  anonymous: boolean,
  publicDescription: string,
  extra: { basisOfKnowledge?: string; anonymityReason?: string } = {},
) => ({
  id: publicDescription,
  anonymous,
  publicDescription,
  headcount: 1,
  basisOfKnowledge: extra.basisOfKnowledge ?? "",
  anonymityReason: extra.anonymityReason ?? "",
});
const request = (outcome: "PENDING" | "RESPONDED" | "DECLINED" | "NO_RESPONSE") => ({
  id: outcome,
  organisation: "Port Authority",
  channel: "EMAIL" as const,
  sentAt: new Date(),
  deadline: null,
  outcome,
  responseText: "",
  respondedAt: null,
});

describe("sourcingSummary", () => {
  it("counts named and anonymous sources", () => {
    expect(sourcingSummary([source(false, "a"), source(true, "b"), source(true, "c")])).toBe(
      "This story draws on 3 sources: 1 named and 2 anonymous.",
    );
    expect(sourcingSummary([source(false, "a")])).toBe(
      "This story draws on 1 source: 1 named and 0 anonymous.",
    );
    expect(sourcingSummary([])).toMatch(/does not rely on sources/);
  });
});

describe("outcomeText", () => {
  it("says what happened to each request for comment", () => {
    expect(
      ["RESPONDED", "DECLINED", "NO_RESPONSE", "PENDING"].map((o) =>
        outcomeText(request(o as "PENDING")),
      ),
    ).toEqual(["responded", "declined to comment", "did not respond", "has not yet responded"]);
  });
});

describe("backstory", () => {
  it("describes anonymous sources with their basis and reason, and the requests for comment", () => {
    const text = backstory({
      sources: [
        source(true, "a dock supervisor", {
          basisOfKnowledge: "saw the manifests",
          anonymityReason: "they fear dismissal.",
        }),
        source(false, "the mayor"),
      ],
      commentRequests: [request("DECLINED")],
    });
    expect(text).toBe(
      "This story draws on 2 sources: 1 named and 1 anonymous. Anonymous source: a dock supervisor (saw the manifests). Why anonymous: they fear dismissal. We asked Port Authority for comment; it declined to comment.",
    );
  });
});
