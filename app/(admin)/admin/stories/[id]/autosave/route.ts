import { NextResponse } from "next/server";
import { saveStory } from "@/lib/stories/mutations";
import { failureStatus, toFailure } from "@/lib/shared/action-result";
import { ACTION_BODY_LIMIT } from "@/lib/security/action-body";
import { isSameOrigin } from "@/lib/security/same-origin";

// Last-chance save when the editor page is closed (a keepalive fetch from `pagehide`); the same
// mutation, with the same version check, as the autosave action.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Server actions get Next's origin check; a route handler needs its own against cross-site posts.
  if (
    !isSameOrigin(request) ||
    !request.headers.get("content-type")?.startsWith("application/json")
  ) {
    return NextResponse.json(
      { ok: false, message: "Refused: not a same-origin JSON request.", fieldErrors: {} },
      { status: 403 },
    );
  }
  // The same ceiling as a server action's body (next.config.ts), read before the body is.
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) {
    return NextResponse.json(
      { ok: false, message: "The story is too large to save; split it.", fieldErrors: {} },
      { status: 413 },
    );
  }
  let input: unknown;
  try {
    input = await request.json();
  } catch {
    return NextResponse.json(
      { ok: false, message: "Malformed JSON.", fieldErrors: {} },
      { status: 400 },
    );
  }
  try {
    const outcome = await saveStory({ ...(input as object), storyId: id }, { kind: "AUTOSAVE" });
    return NextResponse.json({ ok: true, outcome }, { status: outcome.saved ? 200 : 409 });
  } catch (error) {
    return NextResponse.json(toFailure(error), { status: failureStatus(error) });
  }
}
