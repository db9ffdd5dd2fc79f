import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/security/same-origin";

const post = (headers: Record<string, string>) =>
  new Request("http://newsroom.test/admin/media/upload", { method: "POST", headers });

describe("isSameOrigin", () => {
  it("takes a post from this host, as the proxy in front saw it", () => {
    expect(isSameOrigin(post({ origin: "https://newsroom.test", host: "newsroom.test" }))).toBe(
      true,
    );
    expect(
      isSameOrigin(
        post({
          origin: "https://cms.example",
          host: "127.0.0.1:3000",
          "x-forwarded-host": "cms.example",
        }),
      ),
    ).toBe(true);
  });
  it("refuses another site, no Origin, and an Origin that is not an address", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "newsroom.test" }))).toBe(
      false,
    );
    expect(isSameOrigin(post({ host: "newsroom.test" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "null", host: "newsroom.test" }))).toBe(false);
  });
});
