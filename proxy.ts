import NextAuth from "next-auth";
import type { NextFetchEvent, NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { refuseOverdeepAction } from "@/lib/security/action-body";

// An early redirect to /login for the newsroom's pages. Not a security boundary: every page,
// action and mutation checks the user itself. Before that, a server action whose arguments would
// overflow Next's decoder is refused (lib/security/action-body.ts).
const { auth } = NextAuth(authConfig);
const authProxy = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Response;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  return (await refuseOverdeepAction(request)) ?? authProxy(request, event);
}

export const config = { matcher: ["/admin/:path*", "/login", "/set-password"] };
