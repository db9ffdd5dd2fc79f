import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

// An early redirect to /login for the newsroom's pages. Not a security boundary: every page,
// action and mutation checks the user itself.
export const { auth: proxy } = NextAuth(authConfig);

export const config = { matcher: ["/admin/:path*"] };
