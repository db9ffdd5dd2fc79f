import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { sessionToken } from "@/lib/auth/session-token";
import { refuseOverdeepAction } from "@/lib/security/action-body";
import { createNonce, newsroomPolicy } from "@/lib/security/headers";

// The newsroom's pages (Next-rendered: /admin, /login, /set-password) get a Content-Security-Policy
// with a nonce made for this request. Next reads the nonce from the policy in the *request* headers
// and puts it on every script and style element it renders, so the policy goes both ways. The other
// security headers come from next.config.ts for every path, the reader's policy from its own routes
// (see lib/security/headers.ts).
//
// Server actions Next would answer with a bare 500 (a body over 2 MB, arguments nested deeper than
// its decoder survives) are refused first (lib/security/action-body.ts).
//
// /admin also gets an early redirect to /login when the request has no session cookie that decodes
// (lib/auth/session-token.ts, which reads it without Auth.js's whole session round). Not a security
// boundary: every page, action and mutation checks the user, and the session's row, itself.

const dev = process.env.NODE_ENV === "development";

function withPolicy(request: NextRequest): NextResponse {
  const policy = newsroomPolicy({ nonce: createNonce(), dev });
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

async function admin(request: NextRequest): Promise<NextResponse> {
  if (await sessionToken(request.headers)) return withPolicy(request);
  // What Auth.js's authorized callback did: to the sign-in page, coming back here after it.
  const signIn = request.nextUrl.clone();
  signIn.pathname = authConfig.pages.signIn;
  signIn.search = "";
  signIn.searchParams.set("callbackUrl", request.nextUrl.href);
  return NextResponse.redirect(signIn);
}

export async function proxy(request: NextRequest) {
  const refused = await refuseOverdeepAction(request);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  if (pathname === "/admin" || pathname.startsWith("/admin/")) return admin(request);
  return withPolicy(request);
}

export const config = { matcher: ["/admin/:path*", "/login", "/set-password"] };
