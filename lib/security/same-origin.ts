// Server actions get Next's own origin check; a route handler that changes something needs its own
// against cross-site posts: the Origin header must name this host (as the proxy in front saw it).
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
