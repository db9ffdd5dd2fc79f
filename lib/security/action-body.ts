import { MAX_INPUT_DEPTH } from "@/lib/shared/errors";

// Next refuses a server action's body over its limit with a bare 500. And it decodes the arguments (React's reply format: JSON, or multipart whose
// numbered fields are JSON) before any of our code runs, with a recursive reviver: a document
// nested 10,000 levels deep overflows the stack there, another 500. The proxy reads the body first
// and refuses such requests with a 413 or a 400. The domain's own limit (MAX_INPUT_DEPTH, in
// parseInput) is lower, so a refusal here only ever meets a crafted request.

/** Deeper than parseInput allows, with room for React's envelope around the arguments. */
export const MAX_ACTION_NESTING = MAX_INPUT_DEPTH + 20;

/** Whether JSON text nests objects and arrays deeper than `limit` (strings are skipped). One pass, no parsing. */
export function nestsDeeperThan(json: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return true;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return false;
}

/** next.config.ts's serverActions.bodySizeLimit: Next answers a bare 500 above it, so we answer first. */
export const ACTION_BODY_LIMIT = 2 * 1024 * 1024;

const refusal = (status: number, message: string) =>
  Response.json({ ok: false, message }, { status });

/**
 * A 413 for a server action's body over the limit, a 400 for arguments Next could not decode
 * safely (nested too deep, or not JSON at all); null to let the request through.
 */
export async function refuseOverdeepAction(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const tooLarge = () =>
    refusal(413, "This is larger than anything the newsroom saves (2 MB); nothing was saved.");
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return tooLarge();
  const type = request.headers.get("content-type") ?? "";
  let models: string[];
  try {
    if (type.startsWith("multipart/form-data")) {
      const form = await request.clone().formData();
      // React's numbered fields carry the arguments as JSON; the others are the form's own text.
      models = [...form.entries()]
        .filter(([key, value]) => /^\d+$/.test(key) && typeof value === "string")
        .map(([, value]) => value as string);
    } else {
      models = [await request.clone().text()];
      if (models[0].length > ACTION_BODY_LIMIT) return tooLarge();
    }
  } catch {
    return null; // unreadable bodies are Next's to refuse
  }
  if (models.some((model) => nestsDeeperThan(model, MAX_ACTION_NESTING)))
    return refusal(
      400,
      `This request nests its data more than ${MAX_ACTION_NESTING} levels deep, which no story needs.`,
    );
  // React's reply is JSON; anything else would make Next's decoder throw (another bare 500).
  if (!models.every(isJson))
    return refusal(400, "This request is not in the form the newsroom sends.");
  return null;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
