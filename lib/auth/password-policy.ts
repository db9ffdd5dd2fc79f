import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as enDictionary, translations } from "@zxcvbn-ts/language-en";

// What a new password must be (OWASP ASVS 4.0.3 V2.1): at least 12 characters, long ones allowed,
// any Unicode, no composition rules, and not a common or breached-looking password. "Common" is
// judged offline by zxcvbn-ts against its lists of leaked passwords, words, names and keyboard walks.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's scale is 0-4; 3 means "safely unguessable: moderate protection from offline attacks". */
const MIN_SCORE = 3;
/**
 * zxcvbn's matching grows much faster than the length (seconds for 80 characters on a busy machine),
 * so it judges the first 40: a password whose first 40 characters are hard to guess is.
 */
const JUDGED_LENGTH = 40;

let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  // The dictionaries are a few MB: built once, on first use.
  factory ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...enDictionary },
  });
  return factory;
}

/** Characters as a person counts them (code points), not UTF-16 units. */
export const passwordLength = (password: string) => [...password].length;

/**
 * Why a new password is refused, in words for the form, or null when it is fine. `personal` are the
 * account's own words (email, name): a password built from them is refused too.
 */
export function passwordProblem(password: string, personal: readonly string[] = []): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH)
    return `Keep the password to ${PASSWORD_MAX_LENGTH} characters or fewer.`;
  const words = personal
    .flatMap((p) => [p.toLowerCase(), ...p.toLowerCase().split(/[^\p{L}\p{N}]+/u)])
    .filter((w) => w.length > 2);
  const judged = [...password.normalize("NFKC")].slice(0, JUDGED_LENGTH).join("");
  const result: ZxcvbnResult = zxcvbn().check(judged, words);
  if (result.score >= MIN_SCORE) return null;
  const why = result.feedback.warning ?? "This password is too easy to guess.";
  const hint = result.feedback.suggestions[0] ?? "Add a few more uncommon words.";
  return `${sentence(why)} ${sentence(hint)}`;
}

const sentence = (text: string) => {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};
