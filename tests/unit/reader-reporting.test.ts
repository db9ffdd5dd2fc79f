import { describe, expect, it } from "vitest";
import { backstory, outcomeText, sourcingSummary } from "@/lib/reader/reporting";

// The "How we reported this" wording and the JSON-LD backstory, from public fields only.

const source = (
  anonymous: boolean,
  publicDescription: string,
  extra: { basisOfKnowledge?: string; anonymityReason?: string; headcount?: number } = {},
) => ({
  id: publicDescription,
  anonymous,
  publicDescription,
  headcount: extra.headcount ?? 1,
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

  it("counts people, not records: one record of two people briefed is two anonymous sources", () => {
    expect(
      sourcingSummary([
        source(false, "the mayor"),
        source(true, "two people briefed on the talks", { headcount: 2 }),
      ]),
    ).toBe("This story draws on 3 sources: 1 named and 2 anonymous.");
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
  it("counts a group of anonymous people as that many, and names it so", () => {
    const text = backstory({
      sources: [
        source(true, "two people briefed on the talks", {
          headcount: 2,
          basisOfKnowledge: "were briefed",
          anonymityReason: "not authorised to speak",
        }),
      ],
      commentRequests: [],
    });
    expect(text).toBe(
      "This story draws on 2 sources: 0 named and 2 anonymous. Anonymous sources (2 people): two people briefed on the talks (were briefed). Why anonymous: not authorised to speak.",
    );
  });

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
      "This story draws on 2 sources: 1 named and 1 anonymous. Anonymous source: a dock supervisor (saw the manifests). Why anonymous: they fear dismissal. We asked the Port Authority for comment. The Port Authority declined to comment.",
    );
  });
});
