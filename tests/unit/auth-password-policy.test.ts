import { describe, expect, it } from "vitest";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "@/lib/auth/password-policy";

// OWASP ASVS 4.0.3 V2.1: length, not composition; any Unicode; no common or breached-looking ones.
// zxcvbn is CPU-heavy (its dictionaries load on first use): generous timeouts on a busy machine.
describe("password policy", { timeout: 30_000 }, () => {
  it.each(["password1234", "qwertyuiop123", "iloveyou2024", "letmein12345"])(
    "refuses the common password %s and says why",
    (password) => {
      expect(passwordProblem(password)).toMatch(/commonly used password|easy to guess/);
    },
  );

  it("refuses fewer than 12 characters, counting characters as people do", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(passwordProblem("gdfK8s-3kd9")).toBe("Use at least 12 characters.");
    // 11 emoji are 22 UTF-16 units but 11 characters.
    expect(passwordProblem("🦊".repeat(11))).toBe("Use at least 12 characters.");
  });

  it("refuses a password made of the account's own email or name", () => {
    const me = ["ada.lovelace@newsroom.test", "Ada Lovelace"];
    expect(passwordProblem("ada.lovelace@newsroom.test!", me)).toMatch(/personal/);
    expect(passwordProblem("ada.lovelace@newsroom.test!")).toBeNull();
  });

  it("takes long passphrases and any script, up to 200 characters", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("müllerstraße-blau-sieben")).toBeNull();
    expect(passwordProblem("ниваколесосинее-утро")).toBeNull();
    expect(passwordProblem("青い空と白い雲と赤い橋の下")).toBeNull();
    const long = Array.from({ length: 9 }, (_, i) => `word${i * 7919}`).join("-");
    expect(long.length).toBeGreaterThan(64);
    expect(passwordProblem(long)).toBeNull();
    expect(passwordProblem("x".repeat(201))).toMatch(/200 characters or fewer/);
    // Past 40 characters the start is judged: a long run of one letter is still refused.
    expect(passwordProblem("a".repeat(120))).toMatch(/Repeated characters/);
  }, 60_000);

  it("the demo password is long enough and not in the dictionaries", () => {
    expect(passwordProblem("newsroom-demo")).toBeNull();
  });
});
