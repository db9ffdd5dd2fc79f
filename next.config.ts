import type { NextConfig } from "next";
import { configHeaderRules } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() renders app/forbidden.tsx with a 403 for staff without the permission.
  // The proxy buffers request bodies up to this size: above the media upload limit (MEDIA_MAX_BYTES,
  // 25 MB), so an oversized upload still arrives whole enough to be refused with a clear message.
  // Server actions take up to 2 MB: the longest story body we store (MAX_DOCUMENT_BYTES, 1 MB of
  // JSON) with its fields, so that a story over our own limit gets our message; the proxy answers
  // 413 above it (lib/security/action-body.ts's ACTION_BODY_LIMIT, the same figure).
  experimental: {
    authInterrupts: true,
    proxyClientMaxBodySize: "64mb",
    serverActions: { bodySizeLimit: "2mb" },
  },
  // Native and Node-only packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "@electric-sql/pglite"],
  // Security headers on every response, /_next/static and route handlers included (the proxy does
  // not see every path). Values and who sets what: lib/security/headers.ts.
  async headers() {
    return configHeaderRules();
  },
};

export default nextConfig;
