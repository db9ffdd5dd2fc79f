import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authConfig } from "@/lib/auth/config";
import { sessionToken } from "@/lib/auth/session-token";

type JwtParams = Parameters<typeof authConfig.callbacks.jwt>[0];
const jwt = (params: Partial<JwtParams>) => authConfig.callbacks.jwt(params as JwtParams);
const now = () => Math.floor(Date.now() / 1000);

// The database-free half of the session check (the jwt callback, and ./session-token.ts's check).
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

// What proxy.ts and currentUser() read from the cookie, with a cookie made the way Auth.js makes it
// at sign-in (next-auth/jwt's encode, salted with the cookie's name).
describe("the session cookie, read without Auth.js's session round", () => {
  const secret = "unit-test-secret-for-the-session-cookie";
  const plain = "authjs.session-token";
  const secure = "__Secure-authjs.session-token";
  const cookie = async (name: string, token: Record<string, unknown>, key = secret) =>
    `other=1; ${name}=${await encode({ token, secret: key, salt: name })}`;
  const signedIn = () => ({ uid: "u1", sid: "s1", sessionVersion: 2, signedInAt: now() - 60 });

  beforeEach(() => {
    vi.stubEnv("AUTH_SECRET", secret);
    vi.stubEnv("AUTH_URL", "");
    vi.stubEnv("NEXTAUTH_URL", "");
  });
  afterEach(() => vi.unstubAllEnvs());

  it("reads the token that sign-in set, under http's and https' cookie names", async () => {
    const overHttp = new Headers({
      cookie: await cookie(plain, signedIn()),
      "x-forwarded-proto": "http",
    });
    expect(await sessionToken(overHttp)).toMatchObject({ uid: "u1", sid: "s1", sessionVersion: 2 });
    const overHttps = new Headers({
      cookie: await cookie(secure, signedIn()),
      "x-forwarded-proto": "https",
    });
    expect(await sessionToken(overHttps)).toMatchObject({ uid: "u1", sid: "s1" });
  });

  it("takes https's cookie name only over https, as Auth.js does", async () => {
    const secureOverHttp = new Headers({
      cookie: await cookie(secure, signedIn()),
      "x-forwarded-proto": "http",
    });
    expect(await sessionToken(secureOverHttp)).toBeNull();
    const plainOverHttps = new Headers({ cookie: await cookie(plain, signedIn()) });
    expect(await sessionToken(plainOverHttps)).toBeNull();
  });

  it("refuses another secret's cookie, a cut one, a token past 12 hours and a bearer header", async () => {
    const http = { "x-forwarded-proto": "http" };
    const foreign = await cookie(plain, signedIn(), "another-secret-entirely-for-this-test");
    expect(await sessionToken(new Headers({ ...http, cookie: foreign }))).toBeNull();
    const good = await cookie(plain, signedIn());
    expect(await sessionToken(new Headers({ ...http, cookie: good.slice(0, -8) }))).toBeNull();
    const old = await cookie(plain, { ...signedIn(), signedInAt: now() - 12 * 3600 - 5 });
    expect(await sessionToken(new Headers({ ...http, cookie: old }))).toBeNull();
    const token = good.split(`${plain}=`)[1];
    expect(
      await sessionToken(new Headers({ ...http, authorization: `Bearer ${token}` })),
    ).toBeNull();
  });

  it("decodes a cookie made with a rotated-out secret while AUTH_SECRET_1 keeps it", async () => {
    const old = "the-previous-secret-kept-for-rotation";
    vi.stubEnv("AUTH_SECRET_1", old);
    const headers = new Headers({
      cookie: await cookie(plain, signedIn(), old),
      "x-forwarded-proto": "http",
    });
    expect(await sessionToken(headers)).toMatchObject({ uid: "u1" });
  });
});
