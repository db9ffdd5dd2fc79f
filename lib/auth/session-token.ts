import { getToken, type JWT } from "next-auth/jwt";
import { withinLifetime } from "./config";

// The session cookie's token, decoded the way Auth.js decodes it (next-auth/jwt's getToken: the same
// cookie name, salt and secrets), for the two places that only need to read it: proxy.ts's early
// redirect and the server's currentUser(). Auth.js's auth() does far more per call: it builds a
// request to its own session endpoint, makes a CSRF token, decodes the cookie, encodes a renewed
// one (which a server component cannot set, and which cannot outlive the 12-hour absolute limit
// anyway), and answers JSON that is parsed again. A newsroom page called it twice (proxy and page).

/** Auth.js's secrets, in its order: AUTH_SECRET_3, _2, _1 (rotation), then AUTH_SECRET. */
function secrets(): string[] {
  const env = process.env;
  const list = [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1, env.AUTH_SECRET];
  const set = list.filter((s): s is string => Boolean(s));
  if (set.length === 0) throw new Error("AUTH_SECRET is not set");
  return set;
}

/**
 * Whether Auth.js names its cookies `__Secure-…` for this request: the protocol of AUTH_URL when it
 * is set, else the request's x-forwarded-proto, else https (as its createActionURL decides).
 */
function secureCookies(headers: Headers): boolean {
  const url = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const protocol = url ? new URL(url).protocol : (headers.get("x-forwarded-proto") ?? "https");
  return protocol.replace(/:$/, "") === "https";
}

/**
 * The session cookie's token for these request headers, or null: no cookie, one that does not
 * decrypt with our secrets, one whose JWT has expired, or one past the absolute lifetime. Only the
 * cookie is read (no Authorization header). The database's checks come after (./auth.ts).
 */
export async function sessionToken(headers: Headers): Promise<JWT | null> {
  const token = await getToken({
    req: { headers: { cookie: headers.get("cookie") ?? "" } },
    secret: secrets(),
    secureCookie: secureCookies(headers),
  });
  return token && withinLifetime(token) ? token : null;
}
