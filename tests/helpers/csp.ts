import { createHash } from "node:crypto";

// Reading a Content-Security-Policy back, for the unit tests and the e2e tests of the headers.

/** "a b c; d e" -> { a: ["b", "c"], d: ["e"] } */
export function parse(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

/** The policy's source for an inline script or style with exactly this text. */
export const sha256 = (text: string) =>
  `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
