import { describe, expect, it } from "vitest";
import { checkCommentClaims, namesOrganisation } from "@/lib/comment-requests/claims";
import { foldNames, nameAtStart, nameInside } from "@/lib/comment-requests/names";
import { buildCommentSentences, type SentenceRequest } from "@/lib/comment-requests/sentences";

// The sentence table: what the generator writes from the records, and what the matcher accepts or
// refuses. The sentences are modelled on everyday wire phrasing, written for this test.

const NOW = new Date("2026-11-28T12:00:00Z");
const HOUR = 3_600_000;
type Channel = SentenceRequest["channel"];
type Outcome = SentenceRequest["outcome"];
const rec = (
  organisation: string,
  outcome: Outcome,
  channel: Channel = "EMAIL",
  hoursAgo?: number,
): SentenceRequest => ({
  organisation,
  outcome,
  channel,
  sentAt: hoursAgo === undefined ? null : new Date(NOW.getTime() - hoursAgo * HOUR),
});

describe("names as the wire writes them", () => {
  it.each([
    ["White House", "the White House", "The White House"],
    ["The White House", "the White House", "The White House"],
    ["State Department", "the State Department", "The State Department"],
    ["Pentagon", "the Pentagon", "The Pentagon"],
    ["Ministry of Defence", "the Ministry of Defence", "The Ministry of Defence"],
    ["China's Foreign Ministry", "China's Foreign Ministry", "China's Foreign Ministry"],
    ["Acme Corp", "Acme Corp", "Acme Corp"],
    ["Halvern Port Authority", "the Halvern Port Authority", "The Halvern Port Authority"],
    ["Mira Castell", "Mira Castell", "Mira Castell"],
    ["the port authority", "the port authority", "The port authority"],
  ])("%s: inside %s, at the start %s", (name, inside, start) => {
    expect(nameInside(name)).toBe(inside);
    expect(nameAtStart(name)).toBe(start);
  });

  it("folds shared heads", () => {
    expect(foldNames(["China's Foreign Ministry", "China's Commerce Ministry"])).toEqual([
      "China's Foreign and Commerce ministries",
    ]);
    expect(foldNames(["State Department", "Defense Department", "White House"])).toEqual([
      "the State and Defense departments",
      "the White House",
    ]);
    // Different possessors, or a name that is not an office: not folded.
    expect(foldNames(["China's Foreign Ministry", "Japan's Foreign Ministry"])).toEqual([
      "China's Foreign Ministry",
      "Japan's Foreign Ministry",
    ]);
    expect(foldNames(["Acme Corp", "Beta Corp"])).toEqual(["Acme Corp", "Beta Corp"]);
  });
});

// [records, sentences the generator must write]
const GENERATED: [string, SentenceRequest[], string[]][] = [
  [
    "two ministries by fax",
    [
      rec("China's Foreign Ministry", "NO_RESPONSE", "FAX"),
      rec("China's Commerce Ministry", "NO_RESPONSE", "FAX"),
    ],
    ["China's Foreign and Commerce ministries did not respond to faxed requests for comment."],
  ],
  [
    "three offices, recent, recorded without articles",
    [
      rec("White House", "NO_RESPONSE", "EMAIL", 2),
      rec("State Department", "NO_RESPONSE", "PHONE", 2),
      rec("Pentagon", "NO_RESPONSE", "EMAIL", 3),
    ],
    [
      "The White House, the State Department and the Pentagon did not immediately respond to requests for comment.",
    ],
  ],
  [
    "an old request loses 'immediately'",
    [rec("Halvern Port Authority", "NO_RESPONSE", "EMAIL", 72)],
    ["The Halvern Port Authority did not respond to a request for comment."],
  ],
  [
    "recent and old apart",
    [rec("City Hall", "NO_RESPONSE", "EMAIL", 1), rec("Acme Corp", "NO_RESPONSE", "EMAIL", 50)],
    [
      "City Hall did not immediately respond to a request for comment.",
      "Acme Corp did not respond to a request for comment.",
    ],
  ],
  [
    "declined, with an article at the start",
    [rec("the Kremlin", "DECLINED"), rec("Gazprom", "DECLINED")],
    ["The Kremlin and Gazprom declined to comment."],
  ],
  [
    "a quoted response",
    [{ ...rec("White House", "RESPONDED"), responseText: "“We are reviewing the report.”" }],
    ["The White House said in a statement: “We are reviewing the report.”"],
  ],
  ["nothing for a pending request", [rec("Port authority", "PENDING")], []],
];

describe("the generator", () => {
  it.each(GENERATED)("%s", (_name, records, expected) => {
    expect(buildCommentSentences(records, NOW).map((s) => s.text)).toEqual(expected);
  });

  it("writes only sentences the matcher accepts, for every combination of records", () => {
    const names = [
      "White House",
      "The State Department",
      "China's Foreign Ministry",
      "China's Commerce Ministry",
      "Acme Corp",
      "the Pentagon",
    ];
    const outcomes: Outcome[] = ["NO_RESPONSE", "DECLINED", "PENDING", "RESPONDED"];
    const channels: Channel[] = ["EMAIL", "FAX"];
    let checked = 0;
    for (let mask = 1; mask < 1 << names.length; mask++) {
      for (const [i, outcome] of outcomes.entries()) {
        const records = names
          .filter((_, n) => mask & (1 << n))
          .map((name, n) =>
            rec(name, outcomes[(i + n) % outcomes.length], channels[(mask + n) % 2], (n * 17) % 60),
          );
        records[0] = { ...records[0], outcome };
        const text = buildCommentSentences(records, NOW)
          .map((s) => s.text)
          .join(" ");
        const checks = checkCommentClaims(text, records);
        expect(checks.filter((c) => !c.ok)).toEqual([]);
        checked += checks.length;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

// [sentence, records, accepted?]
const CLAIMS: [string, SentenceRequest[], boolean][] = [
  // The wire's own forms.
  [
    "China's Foreign and Commerce ministries did not respond to faxed requests for comment.",
    [
      rec("China's Foreign Ministry", "NO_RESPONSE", "FAX"),
      rec("China's Commerce Ministry", "NO_RESPONSE", "FAX"),
    ],
    true,
  ],
  [
    "The White House did not immediately respond to a request for comment.",
    [rec("White House", "NO_RESPONSE")],
    true,
  ],
  [
    "Officials at the White House and the State Department did not immediately reply to emails seeking comment.",
    [rec("The White House", "NO_RESPONSE"), rec("State Department", "NO_RESPONSE")],
    true,
  ],
  // Collective and representative forms.
  [
    "Spokespeople for the Pentagon and the State Department did not respond to requests for comment.",
    [rec("Pentagon", "NO_RESPONSE"), rec("State Department", "NO_RESPONSE")],
    true,
  ],
  ["A spokesperson for Acme Corp declined to comment.", [rec("Acme Corp", "DECLINED")], true],
  ["Acme Corp declined comment on the filing.", [rec("Acme Corp", "DECLINED")], true],
  [
    "A representative of the harbour authority would not comment on the lease.",
    [rec("Harbour Authority", "DECLINED")],
    true,
  ],
  [
    "Neither the Kremlin nor Gazprom responded to requests for comment on Sunday.",
    [rec("Kremlin", "NO_RESPONSE"), rec("Gazprom", "NO_RESPONSE")],
    true,
  ],
  [
    "The mayor's office did not return calls seeking comment.",
    [rec("the mayor's office", "NO_RESPONSE", "PHONE")],
    true,
  ],
  [
    "Mira Castell could not be reached for comment.",
    [rec("Mira Castell", "NO_RESPONSE", "PHONE")],
    true,
  ],
  [
    "City Hall has not yet responded to questions sent on Monday.",
    [rec("City Hall", "PENDING")],
    true,
  ],
  [
    "The Foreign Ministry did not respond to a request for comment, and Acme Corp declined to comment.",
    [rec("Foreign Ministry", "NO_RESPONSE"), rec("Acme Corp", "DECLINED")],
    true,
  ],
  // Refused: nothing recorded, the wrong outcome, no fax, a claim not supported for everyone named.
  ["The Harbour Authority did not respond to a request for comment.", [], false],
  [
    "The Harbour Authority did not respond to a request for comment.",
    [rec("Harbour Authority", "DECLINED")],
    false,
  ],
  [
    "China's Foreign and Commerce ministries did not respond to faxed requests for comment.",
    [
      rec("China's Foreign Ministry", "NO_RESPONSE", "EMAIL"),
      rec("China's Commerce Ministry", "NO_RESPONSE", "FAX"),
    ],
    false,
  ],
  [
    "The White House and the State Department did not respond to requests for comment.",
    [rec("White House", "NO_RESPONSE"), rec("State Department", "PENDING")],
    false,
  ],
  ["Acme Corp declined to comment.", [rec("Acme Corp", "NO_RESPONSE")], false],
  ["City Hall did not respond to a request for comment.", [rec("City Hall", "PENDING")], false],
  // Everyone a claim names must be recorded, not only some of them.
  [
    "The White House and the Pentagon did not respond to requests for comment.",
    [rec("White House", "NO_RESPONSE")],
    false,
  ],
  [
    "Acme Corp, Beta Ltd and Gazprom declined to comment.",
    [rec("Acme Corp", "DECLINED"), rec("Gazprom", "DECLINED")],
    false,
  ],
  [
    "On Tuesday, the White House and the Pentagon did not immediately respond to requests for comment.",
    [rec("White House", "NO_RESPONSE"), rec("Pentagon", "NO_RESPONSE")],
    true,
  ],
  [
    "A spokesperson for the White House, Dana Reyes, declined to comment.",
    [rec("White House", "DECLINED")],
    true,
  ],
  // Words of one name are not matched across another noun phrase.
  [
    "The State Police and the Justice Department did not respond to requests for comment.",
    [rec("State Department", "NO_RESPONSE")],
    false,
  ],
];

describe("the matcher", () => {
  it.each(CLAIMS)("%s", (sentence, records, accepted) => {
    const checks = checkCommentClaims(sentence, records);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.every((c) => c.ok)).toBe(accepted);
  });

  it("finds no claim in sentences that make none", () => {
    for (const sentence of [
      "The ministry said in a statement that talks would resume.",
      "Asked about the plan, the mayor said she would respond next week.",
      "The council responded to the flood within hours.",
    ])
      expect(checkCommentClaims(sentence, [])).toEqual([]);
  });

  it("names who in a list has no recorded request", () => {
    const [check] = checkCommentClaims("Acme Corp, Beta Ltd and Gazprom declined to comment.", [
      rec("Acme Corp", "DECLINED"),
      rec("Gazprom", "DECLINED"),
    ]);
    expect(check.message).toContain("no request for comment to Beta Ltd is recorded");
  });

  it("says which record is missing or wrong", () => {
    const [missing] = checkCommentClaims(
      "The Harbour Authority did not respond to a request for comment.",
      [],
    );
    expect(missing.message).toContain("no request for comment to The Harbour Authority");
    const [wrong] = checkCommentClaims(
      "China's Foreign and Commerce ministries did not respond to faxed requests for comment.",
      [
        rec("China's Foreign Ministry", "NO_RESPONSE", "EMAIL"),
        rec("China's Commerce Ministry", "NO_RESPONSE", "FAX"),
      ],
    );
    expect(wrong.message).toContain("China's Foreign Ministry was not sent a fax");
  });

  it("matches a name in the subject only as whole words in order", () => {
    expect(
      namesOrganisation("Officials at China's Commerce Ministry", "China's Commerce Ministry"),
    ).toBe(true);
    expect(namesOrganisation("The Commerce Ministry of China", "China's Commerce Ministry")).toBe(
      false,
    );
    expect(namesOrganisation("Acme Corporation", "Acme Corp")).toBe(false);
  });
});

describe("the checklist over a long story, again and again", () => {
  it("gives the same checks from remembered sentences, also after more sentences than it keeps", () => {
    const req = [
      { organisation: "The ministry", channel: "EMAIL", outcome: "NO_RESPONSE" },
    ] as const;
    const claim = "The ministry declined to comment.";
    const first = checkCommentClaims(claim, req as never);
    expect(first[0]?.ok).toBe(false); // recorded as no response, told as declined
    let filler = "";
    for (let i = 0; i < 6_000; i++) filler += `Officials met on day ${i}. `;
    checkCommentClaims(filler, req as never);
    expect(checkCommentClaims(claim, req as never)).toEqual(first);
    expect(checkCommentClaims(`${filler}${claim}`, req as never)).toEqual(first);
  });
});
