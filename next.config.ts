import type { NextConfig } from "next";
import { configHeaderRules } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() renders app/forbidden.tsx with a 403 for staff without the permission.
  // The proxy buffers request bodies up to this size: above the media upload limit (MEDIA_MAX_BYTES,
  // 25 MB), so an oversized upload still arrives whole enough to be refused with a clear message.
  experimental: { authInterrupts: true, proxyClientMaxBodySize: "64mb" },
  // Native and Node-only packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  // Security headers on every response, /_next/static and route handlers included (the proxy does
  // not see every path). Values and who sets what: lib/security/headers.ts.
  async headers() {
    return configHeaderRules();
  },
};

export default nextConfig;
