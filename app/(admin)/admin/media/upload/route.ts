import { NextResponse } from "next/server";
import { mediaLimits } from "@/lib/media/config";
import { uploadMedia } from "@/lib/media/mutations";
import { failureStatus, toFailure } from "@/lib/shared/action-result";
import { isSameOrigin } from "@/lib/security/same-origin";

// Upload one picture (multipart: `file` plus alt, caption, credit, copyright, rightsNote). A route,
// not a server action: uploads are larger than an action's body limit, and a too-large one is
// refused from its Content-Length before its bytes are read.
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return fail(403, "Refused: not a same-origin request.");
  const { maxBytes } = mediaLimits();
  const length = Number(request.headers.get("content-length") ?? "0");
  // The form fields around the file take a few KB at most.
  if (length > maxBytes + 64 * 1024)
    return fail(
      413,
      `The file is ${Math.round(length / 1024 / 1024)} MB; the limit is ${Math.round(maxBytes / 1024 / 1024)} MB. Export a smaller JPEG.`,
    );
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return fail(400, "The upload did not arrive whole; try again.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) return fail(422, "Choose an image file to upload.", "file");
  const details = Object.fromEntries(
    ["alt", "caption", "credit", "copyright", "rightsNote"].map((k) => [k, form.get(k) ?? ""]),
  );
  try {
    const result = await uploadMedia({
      bytes: Buffer.from(await file.arrayBuffer()),
      fileName: file.name,
      details,
    });
    return NextResponse.json({ ok: true, ...result }, { status: result.existing ? 200 : 201 });
  } catch (error) {
    return NextResponse.json(toFailure(error), { status: failureStatus(error) });
  }
}

function fail(status: number, message: string, field = "file") {
  return NextResponse.json({ ok: false, message, fieldErrors: { [field]: [message] } }, { status });
}
