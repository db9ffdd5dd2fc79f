import { createHash } from "node:crypto";

// The security headers of every response, in one place. Who sends what:
//   - next.config.ts `headers()`: BASE_HEADERS on every path (pages, route handlers, /_next/static,
//     404s), HSTS when the request came over https, and RESOURCE_POLICY / AUTH_PAGES_POLICY on the
//     paths that are not pages of ours. Headers set there come first: Next then ignores a route
//     handler's own header of the same name, so no Content-Security-Policy is set there for a page.
//   - proxy.ts: the newsroom's Content-Security-Policy (a fresh nonce per request) on /admin, /login
//     and /set-password. Next reads the nonce from the request's CSP header and puts it on its scripts.
//   - lib/reader/respond.ts: the reader's Content-Security-Policy, with the hashes of the one inline
//     script and the one inline stylesheet that lib/reader/layout.ts embeds.
//   - deploy/nginx/newsroom.conf: the same values for the picture files nginx serves itself
//     (tests/unit/security-headers.test.ts checks that they match).
// No module of the app is imported here but pure ones: next.config.ts loads this file.

export type Directives = Record<string, readonly string[]>;

/** "default-src 'none'; img-src 'self'": directives in the order given, empty lists as bare names. */
export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");
}

/** The CSP source that allows exactly this inline script or stylesheet: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** 16 random bytes, base64: unguessable and new for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

// Features no page of ours uses, so a script that got in still cannot ask for them. Only names that
// Chromium knows: an unknown one is logged as an error on every page.
const DENIED_FEATURES = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((f) => `${f}=()`).join(", ");

/** Sent on every response, whatever it is. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  // frame-ancestors 'none' in the CSP says the same to browsers that read CSP; this is for the rest.
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": PERMISSIONS_POLICY,
};

/** Two years, this host and its subdomains. Only ever sent on a request that came over https. */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * The request came over https. Next makes the request URL's protocol from X-Forwarded-Proto (it
 * sets the header to "http" when `next start` was reached directly without one), so that header
 * is the only sign: "https" from the shipped nginx, which overwrites whatever the client sent.
 * A client that sends it itself over plain http gets an HSTS header that browsers must ignore
 * (RFC 6797 §8.1: an STS header received over insecure transport is ignored), so no trust is needed.
 */
export const HTTPS_CONDITION = {
  type: "header",
  key: "x-forwarded-proto",
  value: "https",
} as const;

/** The reader's pages: our own HTML, one inline script, one inline stylesheet, nothing else. */
export function readerPolicy(inline: { scripts: readonly string[]; styles: readonly string[] }) {
  return serializePolicy({
    "default-src": ["'none'"],
    "script-src": inline.scripts.map(hashSource),
    "style-src": inline.styles.map(hashSource),
    // Pictures come from /media on this host; the icons too.
    "img-src": ["'self'"],
    // Nothing on the page fetches, but tools that read the site through the page's frame do
    // (Lighthouse fetches /robots.txt that way, and reports it missing when this forbids it).
    "connect-src": ["'self'"],
    "base-uri": ["'none'"],
    // The search form.
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/**
 * The newsroom's pages (Next and React in the browser). `'strict-dynamic'` lets the scripts Next
 * tagged with the nonce load the rest of its chunks; `'self'` is only a fallback for browsers that
 * do not know `'strict-dynamic'` (those that do ignore it). Style elements need the nonce (Next tags
 * its own); style attributes that React renders on the server (`style={{…}}`) cannot carry one,
 * hence `style-src-attr 'unsafe-inline'`, which allows attributes only, never a <style> element.
 * Development: React's dev build evaluates code (`'unsafe-eval'`) and Next's dev overlay and hot
 * reload inject styles without a nonce.
 */
export function newsroomPolicy({ nonce, dev = false }: { nonce: string; dev?: boolean }): string {
  // script-src first: Next takes the nonce from the first directive whose name starts so.
  return serializePolicy({
    "script-src": [
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      "'self'",
      ...(dev ? ["'unsafe-eval'"] : []),
    ],
    "default-src": ["'none'"],
    "style-src": dev ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    // Uploaded pictures (/media, /admin/media/…/original), the QR code of the two-factor enrolment
    // (a data: URL), previews of a picture being uploaded (blob:).
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    // Server actions, autosave, presence, uploads, Next's own fetches; and hot reload in development.
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  });
}

/** Files that are not pages (pictures, icons, feeds, sitemaps, JSON): nothing may run in them. */
export const RESOURCE_POLICY = serializePolicy({
  "default-src": ["'none'"],
  "frame-ancestors": ["'none'"],
  sandbox: [],
});

/** /api/auth: JSON, and Auth.js's own small pages (inline styles, a form, no script). */
export const AUTH_PAGES_POLICY = serializePolicy({
  "default-src": ["'none'"],
  "style-src": ["'unsafe-inline'"],
  "img-src": ["'self'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
});

/** Paths whose answers are not pages of ours and not the reader's routes (which set their own). */
export const RESOURCE_PATHS = [
  "/media/:path*",
  "/favicon.ico",
  "/icon.svg",
  "/logo.png",
  "/robots.txt",
];

type HeaderRule = {
  source: string;
  has?: (typeof HTTPS_CONDITION)[];
  headers: { key: string; value: string }[];
};

const list = (headers: Record<string, string>) =>
  Object.entries(headers).map(([key, value]) => ({ key, value }));

/** What next.config.ts `headers()` returns. */
export function configHeaderRules(): HeaderRule[] {
  return [
    { source: "/:path*", headers: list(BASE_HEADERS) },
    {
      source: "/:path*",
      has: [HTTPS_CONDITION],
      headers: [{ key: "Strict-Transport-Security", value: HSTS }],
    },
    ...RESOURCE_PATHS.map((source) => ({
      source,
      headers: [{ key: "Content-Security-Policy", value: RESOURCE_POLICY }],
    })),
    {
      source: "/api/:path*",
      headers: [{ key: "Content-Security-Policy", value: AUTH_PAGES_POLICY }],
    },
  ];
}
