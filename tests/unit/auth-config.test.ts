import { describe, expect, it } from "vitest";
import { authConfig } from "@/lib/auth/config";

type JwtParams = Parameters<typeof authConfig.callbacks.jwt>[0];
const jwt = (params: Partial<JwtParams>) => authConfig.callbacks.jwt(params as JwtParams);
const now = () => Math.floor(Date.now() / 1000);

// The database-free half of the session check, which proxy.ts runs too.
describe("the session cookie's own lifetime", () => {
  it("stamps the sign-in time and the session id at sign-in", () => {
    const token = jwt({
      token: {},
      user: { id: "u1", role: "EDITOR", sessionVersion: 3, sessionId: "s1" },
    });
    expect(token).toMatchObject({ uid: "u1", role: "EDITOR", sessionVersion: 3, sid: "s1" });
    expect(Math.abs((token?.signedInAt ?? 0) - now())).toBeLessThan(5);
  });

  it("is not renewed past 12 hours after sign-in, nor without a sign-in time", () => {
    expect(jwt({ token: { uid: "u1", signedInAt: now() - 11 * 3600 } })).not.toBeNull();
    expect(jwt({ token: { uid: "u1", signedInAt: now() - 12 * 3600 - 5 } })).toBeNull();
    expect(jwt({ token: { uid: "u1" } })).toBeNull();
  });
});
