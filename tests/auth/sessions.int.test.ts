import { describe, expect, it } from "vitest";
import {
  checkSession,
  createSession,
  listOpenSessions,
  revokeAllSessions,
  revokeSession,
  SESSION_ABSOLUTE_HOURS,
} from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { createUser } from "../helpers/factories";

const MIN = 60_000;
const later = (ms: number) => new Date(Date.now() + ms);

// The rows behind every session cookie: what the jwt callback of lib/auth/auth.ts asks per request.
describe("server-side sessions", () => {
  it("a fresh session is good, and a request keeps it alive past the idle limit", async () => {
    const user = await createUser();
    const sid = await createSession(user.id, "192.0.2.5", "test-agent");
    expect(await checkSession(sid, user.id, 1)).toEqual({ valid: true });
    // Activity at 20 minutes (an autosave, a presence heartbeat, a page) ...
    expect(await checkSession(sid, user.id, 1, later(20 * MIN))).toEqual({ valid: true });
    // ... so at 45 minutes it is only 25 minutes idle.
    expect(await checkSession(sid, user.id, 1, later(45 * MIN))).toEqual({ valid: true });
  });

  it("30 minutes without a request end it", async () => {
    const user = await createUser();
    const sid = await createSession(user.id, "192.0.2.5", "");
    expect(await checkSession(sid, user.id, 1, later(31 * MIN))).toEqual({
      valid: false,
      reason: "idle",
    });
  });

  it("12 hours after sign-in it ends, however busy", async () => {
    const user = await createUser();
    const sid = await createSession(user.id, "192.0.2.5", "");
    // Busy all day: a request every 20 minutes.
    for (let t = 20; t < SESSION_ABSOLUTE_HOURS * 60; t += 20)
      await db.authSession.update({ where: { id: sid }, data: { lastSeenAt: later(t * MIN) } });
    expect(
      await checkSession(sid, user.id, 1, later(SESSION_ABSOLUTE_HOURS * 60 * MIN + MIN)),
    ).toEqual({ valid: false, reason: "expired" });
  });

  it("signing out revokes this session only; signing out everywhere revokes them all", async () => {
    const user = await createUser();
    const laptop = await createSession(user.id, "192.0.2.5", "laptop");
    const phone = await createSession(user.id, "192.0.2.6", "phone");
    const tablet = await createSession(user.id, "192.0.2.7", "tablet");
    await revokeSession(laptop);
    expect(await checkSession(laptop, user.id, 1)).toEqual({ valid: false, reason: "revoked" });
    expect(await checkSession(phone, user.id, 1)).toEqual({ valid: true });
    expect((await listOpenSessions(user.id)).map((s) => s.userAgent).sort()).toEqual([
      "phone",
      "tablet",
    ]);
    expect(await revokeAllSessions(user.id)).toBe(2);
    expect(await checkSession(phone, user.id, 1)).toEqual({ valid: false, reason: "revoked" });
    expect(await checkSession(tablet, user.id, 1)).toEqual({ valid: false, reason: "revoked" });
  });

  it("a password change (sessionVersion), a deactivation or someone else's id refuse it", async () => {
    const user = await createUser();
    const other = await createUser();
    const sid = await createSession(user.id, "", "");
    expect(await checkSession(sid, other.id, 1)).toEqual({ valid: false, reason: "unknown" });
    expect(await checkSession("no-such-session", user.id, 1)).toEqual({
      valid: false,
      reason: "unknown",
    });
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 2 } });
    expect(await checkSession(sid, user.id, 1)).toEqual({ valid: false, reason: "user" });
    expect(await checkSession(sid, user.id, 2)).toEqual({ valid: true });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await checkSession(sid, user.id, 2)).toEqual({ valid: false, reason: "user" });
  });
});
