import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { trustedHtml } from "@/lib/reader/html";
import { layout } from "@/lib/reader/layout";
import { READER_CSP } from "@/lib/reader/respond";
import {
  AUTH_PAGES_POLICY,
  BASE_HEADERS,
  configHeaderRules,
  createNonce,
  hashSource,
  HSTS,
  newsroomPolicy,
  PERMISSIONS_POLICY,
  readerPolicy,
  RESOURCE_POLICY,
  serializePolicy,
} from "@/lib/security/headers";
import { parse, sha256 } from "../helpers/csp";

describe("serializePolicy and hashSource", () => {
  it("writes directives in order, a bare name for an empty list", () => {
    expect(
      serializePolicy({ "default-src": ["'none'"], sandbox: [], "img-src": ["'self'", "data:"] }),
    ).toBe("default-src 'none'; sandbox; img-src 'self' data:");
  });

  it("hashes the exact text, as a browser hashes an inline element's content", () => {
    expect(hashSource("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(hashSource("alert(1) ")).not.toBe(hashSource("alert(1)"));
  });
});

describe("the reader's policy", () => {
  // The hashes must be of what the page embeds, taken from a rendered page rather than the constants.
  const page = layout({ title: "A story" }, trustedHtml("<p>Text</p>"));
  const inlineScripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const inlineStyles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);

  it("allows exactly the one inline script and the one inline stylesheet a page carries", () => {
    expect(inlineScripts).toHaveLength(1);
    expect(inlineStyles).toHaveLength(1);
    const csp = parse(READER_CSP);
    expect(csp["script-src"]).toEqual([sha256(inlineScripts[0]!)]);
    expect(csp["style-src"]).toEqual([sha256(inlineStyles[0]!)]);
  });

  it("denies everything else and cannot be framed", () => {
    const csp = parse(READER_CSP);
    expect(csp["default-src"]).toEqual(["'none'"]);
    expect(csp["img-src"]).toEqual(["'self'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(READER_CSP).not.toContain("unsafe");
    expect(Object.keys(csp).sort()).toEqual([
      "base-uri",
      "connect-src",
      "default-src",
      "form-action",
      "frame-ancestors",
      "img-src",
      "script-src",
      "style-src",
    ]);
  });

  it("changes with the script: a policy for other text does not allow this page", () => {
    const other = readerPolicy({ scripts: ["other()"], styles: inlineStyles });
    expect(parse(other)["script-src"]).not.toEqual([sha256(inlineScripts[0]!)]);
  });
});

describe("the newsroom's policy", () => {
  const nonce = createNonce();
  const csp = parse(newsroomPolicy({ nonce }));

  it("runs only scripts with this request's nonce, and what they load", () => {
    expect(newsroomPolicy({ nonce }).startsWith("script-src ")).toBe(true); // Next reads the first
    expect(csp["script-src"]).toEqual([`'nonce-${nonce}'`, "'strict-dynamic'", "'self'"]);
    expect(csp["style-src"]).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp["style-src-attr"]).toEqual(["'unsafe-inline'"]);
    expect(newsroomPolicy({ nonce })).not.toContain("unsafe-eval");
    expect(csp["script-src"]).not.toContain("'unsafe-inline'");
  });

  it("allows pictures from here, data: (the QR code) and blob:, requests to here only", () => {
    expect(csp["default-src"]).toEqual(["'none'"]);
    expect(csp["img-src"]).toEqual(["'self'", "data:", "blob:"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'none'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
  });

  it("adds 'unsafe-eval' and inline styles in development only", () => {
    const dev = parse(newsroomPolicy({ nonce, dev: true }));
    expect(dev["script-src"]).toContain("'unsafe-eval'");
    expect(dev["style-src"]).toContain("'unsafe-inline'");
  });

  it("makes a new, unguessable nonce each time, in the form Next extracts", () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 16 bytes
  });
});

describe("headers on every response (next.config.ts)", () => {
  const rules = configHeaderRules();

  it("sends nosniff, DENY, the referrer policy and the permissions policy on every path", () => {
    const all = rules.find((r) => r.source === "/:path*" && !r.has)!;
    expect(Object.fromEntries(all.headers.map((h) => [h.key, h.value]))).toEqual({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": PERMISSIONS_POLICY,
    });
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
      expect(PERMISSIONS_POLICY).toContain(`${feature}=()`);
  });

  it("sends HSTS only when the request came over https", () => {
    const hsts = rules.filter((r) => r.headers.some((h) => h.key === "Strict-Transport-Security"));
    expect(hsts).toEqual([
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS }],
      },
    ]);
    expect(HSTS).toMatch(/^max-age=\d{8,}/);
  });

  it("sets no policy for the reader's routes or the newsroom's pages, which set their own", () => {
    // A header set by next.config.ts wins over the route's own, so a CSP here would replace theirs.
    const csp = rules.filter((r) => r.headers.some((h) => h.key === "Content-Security-Policy"));
    expect(csp.map((r) => r.source).sort()).toEqual(
      [
        "/api/:path*",
        "/favicon.ico",
        "/icon.svg",
        "/logo.png",
        "/media/:path*",
        "/robots.txt",
      ].sort(),
    );
    expect(parse(RESOURCE_POLICY)).toEqual({
      "default-src": ["'none'"],
      "frame-ancestors": ["'none'"],
      sandbox: [],
    });
    expect(parse(AUTH_PAGES_POLICY)["frame-ancestors"]).toEqual(["'none'"]);
    expect(AUTH_PAGES_POLICY).not.toContain("script-src");
  });
});

describe("deploy/nginx/newsroom.conf", () => {
  const conf = readFileSync("deploy/nginx/newsroom.conf", "utf8");
  const mediaBlock = conf.slice(
    conf.indexOf('location ~ "^/media/'),
    conf.indexOf("location /media/"),
  );
  const added = Object.fromEntries(
    [...mediaBlock.matchAll(/add_header\s+(\S+)\s+(?:"([^"]*)"|(\S+?))(?:\s+always)?;/g)].map(
      (m) => [m[1]!, m[2] ?? m[3]!],
    ),
  );

  it("adds the same headers to the pictures nginx serves itself", () => {
    for (const [key, value] of Object.entries(BASE_HEADERS)) expect(added[key]).toBe(value);
    expect(added["Content-Security-Policy"]).toBe(RESOURCE_POLICY);
    expect(added["Strict-Transport-Security"]).toBe("$hsts");
  });

  it("sends HSTS from nginx over https only, with the app's value", () => {
    const map = conf.match(/map \$scheme \$hsts \{([^}]*)\}/)?.[1] ?? "";
    expect(map).toContain(`https "${HSTS}";`);
    expect(map).toMatch(/default\s+"";/);
  });
});
