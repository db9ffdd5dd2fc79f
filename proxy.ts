import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

// An early redirect to /login for the newsroom's pages. Not a security boundary: every page,
// action and mutation checks the user itself.
const { auth } = NextAuth(authConfig);
export { auth as proxy };

export const config = { matcher: ["/admin/:path*"] };
