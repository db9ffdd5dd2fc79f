import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

import { challengeStep, passwordStep, type PasswordStep } from "@/lib/auth/sign-in";
import { currentTotp } from "@/lib/auth/totp";
import {
  confirmEnrolment,
  disableTwoFactor,
  setReportersNeedTwoFactor,
  startEnrolment,
} from "@/lib/auth/two-factor";
import { db } from "@/lib/db/client";
import { signInAs } from "../helpers/auth-mock";
import { createUser } from "../helpers/factories";
import { accountWithPassword, RIGHT } from "./throttle-scenario";

const HERE = "192.0.2.44";
const secretOf = (step: PasswordStep) => {
  if (step.kind !== "enrol") throw new Error(`expected an enrolment, got ${step.kind}`);
  return step.enrolment.secret.replace(/\s+/g, "");
};
const STEP_MS = 30_000;

describe("two factors", () => {
  afterEach(() => {
    signInAs(null);
    delete process.env.NEWSROOM_TWO_FACTOR;
  });

  it("an editor without one enrols at sign-in, then signs in with a code and with a recovery code", async () => {
    process.env.NEWSROOM_TWO_FACTOR = "required";
    const editor = await accountWithPassword("EDITOR");

    // First sign-in: the password is right, and the enrolment is the next step.
    const first = await passwordStep({ email: editor.email, password: RIGHT }, HERE);
    expect(first.kind).toBe("enrol");
    if (first.kind !== "enrol") throw new Error("unreachable");
    expect(first.enrolment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(first.enrolment.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(first.enrolment.recoveryCodes).toHaveLength(10);
    const secret = secretOf(first);
    // A wrong code keeps the enrolment pending; the right one signs in and turns it on.
    expect(await challengeStep({ challenge: first.challenge, code: "000000" }, HERE)).toMatchObject(
      {
        kind: "wrong-code",
      },
    );
    const enrolled = await challengeStep(
      { challenge: first.challenge, code: currentTotp(secret, Date.now() - STEP_MS) },
      HERE,
    );
    expect(enrolled).toMatchObject({ kind: "signed-in", method: "enrol", user: { id: editor.id } });
    const row = await db.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).not.toContain(secret); // stored encrypted
    // The challenge was spent.
    expect(
      await challengeStep({ challenge: first.challenge, code: currentTotp(secret) }, HERE),
    ).toEqual({
      kind: "expired",
    });

    // Next sign-in: password, then a code from the app.
    const second = await passwordStep({ email: editor.email, password: RIGHT }, HERE);
    expect(second.kind).toBe("totp");
    if (second.kind !== "totp") throw new Error("unreachable");
    // The bare password step never signs in an account with a second factor.
    expect(await challengeStep({ challenge: second.challenge }, HERE)).toMatchObject({
      kind: "wrong-code",
    });
    const code = currentTotp(secret);
    expect(await challengeStep({ challenge: second.challenge, code }, HERE)).toMatchObject({
      kind: "signed-in",
      method: "totp",
    });
    // The same code does not work twice.
    const third = await passwordStep({ email: editor.email, password: RIGHT }, HERE);
    if (third.kind !== "totp") throw new Error("unreachable");
    expect(await challengeStep({ challenge: third.challenge, code }, HERE)).toMatchObject({
      kind: "wrong-code",
    });

    // A recovery code works once.
    const recovery = first.enrolment.recoveryCodes[3]!;
    expect(
      await challengeStep({ challenge: third.challenge, code: recovery.toUpperCase() }, HERE),
    ).toMatchObject({ kind: "signed-in", method: "recovery" });
    const fourth = await passwordStep({ email: editor.email, password: RIGHT }, HERE);
    if (fourth.kind !== "totp") throw new Error("unreachable");
    expect(
      await challengeStep({ challenge: fourth.challenge, code: recovery }, HERE),
    ).toMatchObject({
      kind: "wrong-code",
    });
    expect(await db.recoveryCode.count({ where: { userId: editor.id, usedAt: null } })).toBe(9);
  });

  it("wrong codes are throttled like passwords", async () => {
    process.env.NEWSROOM_TWO_FACTOR = "required";
    const editor = await accountWithPassword("EDITOR");
    const first = await passwordStep({ email: editor.email, password: RIGHT }, HERE);
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(
        await challengeStep(
          { challenge: first.kind === "enrol" ? first.challenge : "", code: "123456" },
          HERE,
        ),
      );
    expect(answers.map((a) => a.kind)).toEqual([
      "wrong-code",
      "wrong-code",
      "wrong-code",
      "wrong-code",
      "throttled",
      "throttled",
    ]);
  });

  it("reporters need one only when an admin says so; demo mode asks nobody", async () => {
    process.env.NEWSROOM_TWO_FACTOR = "required";
    const reporter = await accountWithPassword("REPORTER");
    expect((await passwordStep({ email: reporter.email, password: RIGHT }, HERE)).kind).toBe(
      "none",
    );
    const admin = await createUser({ role: "ADMIN" });
    signInAs({ id: admin.id, role: "ADMIN" });
    await setReportersNeedTwoFactor(true);
    expect((await passwordStep({ email: reporter.email, password: RIGHT }, HERE)).kind).toBe(
      "enrol",
    );
    signInAs({ id: reporter.id, role: "REPORTER" });
    await expect(setReportersNeedTwoFactor(false)).rejects.toThrow(/permission/);

    process.env.NEWSROOM_TWO_FACTOR = "optional";
    const editor = await accountWithPassword("EDITOR");
    expect((await passwordStep({ email: editor.email, password: RIGHT }, HERE)).kind).toBe("none");
  });

  it("enrols from the account page with a QR code, and turns off where allowed", async () => {
    process.env.NEWSROOM_TWO_FACTOR = "optional";
    const reporter = await accountWithPassword("REPORTER");
    signInAs({ id: reporter.id, role: "REPORTER", email: reporter.email });
    const { challenge, enrolment } = await startEnrolment();
    expect(enrolment.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = enrolment.secret.replace(/\s+/g, "");
    // An account-page enrolment cannot be used to sign in.
    expect(await challengeStep({ challenge, code: currentTotp(secret) }, HERE)).toEqual({
      kind: "expired",
    });
    await expect(confirmEnrolment({ challenge, code: "999999" })).rejects.toThrow(/Check the code/);
    await confirmEnrolment({ challenge, code: currentTotp(secret) });
    expect((await passwordStep({ email: reporter.email, password: RIGHT }, HERE)).kind).toBe(
      "totp",
    );
    // Setting up again replaces the app and the recovery codes.
    const again = await startEnrolment();
    await confirmEnrolment({
      challenge: again.challenge,
      code: currentTotp(again.enrolment.secret.replace(/\s+/g, "")),
    });
    await expect(disableTwoFactor({ code: enrolment.recoveryCodes[0]! })).rejects.toThrow(
      /Check the code/,
    );
    await disableTwoFactor({ code: again.enrolment.recoveryCodes[0]! });
    expect((await passwordStep({ email: reporter.email, password: RIGHT }, HERE)).kind).toBe(
      "none",
    );
  });
});
