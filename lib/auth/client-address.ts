// The address a request came from, for the per-address throttle and the audit log.
//
// Next 16 gives application code no socket address. `next start` writes the socket's address into
// X-Forwarded-For only when the request has none, so that header is all there is:
//   - TRUST_PROXY unset: the app is reached directly. The last X-Forwarded-For entry is used, which is
//     the socket address unless the client sent its own header (then it is whatever the client said:
//     the per-account delay still holds, the per-address ceiling does not). Put a proxy in front.
//   - TRUST_PROXY=N (or "true" = 1): N proxies of ours append to X-Forwarded-For (the shipped nginx
//     does); the entry N places from the end is the address the outermost of them saw.

export function trustedProxyHops(value = process.env.TRUST_PROXY): number {
  if (!value || value === "false" || value === "0") return 0;
  if (value === "true") return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10)
    throw new Error(
      `TRUST_PROXY must be a number of proxies (0-10) or true/false (got "${value}")`,
    );
  return n;
}

export function clientAddress(
  headers: Pick<Headers, "get">,
  hops: number = trustedProxyHops(),
): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!entries.length) return "unknown";
  // With N trusted proxies, the last N entries were written by them; the one before is the client.
  // Without any, the last entry is what `next start` took from the socket (see above).
  const index = hops > 0 ? Math.max(entries.length - hops, 0) : entries.length - 1;
  return normalise(entries[index]!);
}

/** IPv4-mapped IPv6 (::ffff:1.2.3.4) and plain IPv4 count as one address; capped for storage. */
function normalise(address: string): string {
  return address
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
    .toLowerCase()
    .slice(0, 64);
}

/** The address of the request being handled; "local" outside a request (scripts, tests). */
export async function currentAddress(): Promise<string> {
  try {
    const { headers } = await import("next/headers");
    return clientAddress(await headers());
  } catch {
    return "local";
  }
}
