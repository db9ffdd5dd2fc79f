"use client";

import { useRef, useState } from "react";

export interface UploadedImage {
  id: string;
  existing: boolean;
}

// Upload one picture: drop it on the zone or pick it, describe and credit it, send. The server
// decides (type from the bytes, size and pixel limits, alt text and credit required) and its
// message is shown here.
export function ImageUpload({ onUploaded }: { onUploaded: (image: UploadedImage) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setError("Choose an image file to upload.");
      return;
    }
    const data = new FormData(event.currentTarget);
    data.set("file", file);
    setBusy(true);
    setError("");
    setFieldErrors({});
    try {
      const res = await fetch("/admin/media/upload", { method: "POST", body: data });
      const body = (await res.json().catch(() => null)) as
        | { ok: true; id: string; existing: boolean }
        | { ok: false; message: string; fieldErrors: Record<string, string[] | undefined> }
        | null;
      if (!body) setError(`The upload failed (HTTP ${res.status}); try again.`);
      else if (!body.ok) {
        setError(body.message);
        setFieldErrors(body.fieldErrors ?? {});
      } else {
        form.current?.reset();
        setFile(null);
        onUploaded({ id: body.id, existing: body.existing });
      }
    } catch {
      setError("The upload did not reach the server; check the connection and try again.");
    } finally {
      setBusy(false);
    }
  };
  const err = (name: string) =>
    fieldErrors[name]?.length ? (
      <p className="field-error" id={`upload-${name}-error`}>
        {fieldErrors[name]?.[0]}
      </p>
    ) : null;
  const text = (name: string, label: string, hint = "", long = false) => (
    <div>
      <label htmlFor={`upload-${name}`}>{label}</label>
      {hint && <p className="muted small-hint">{hint}</p>}
      {long ? (
        <textarea
          id={`upload-${name}`}
          name={name}
          rows={2}
          aria-invalid={!!fieldErrors[name]?.length || undefined}
        />
      ) : (
        <input
          id={`upload-${name}`}
          name={name}
          aria-invalid={!!fieldErrors[name]?.length || undefined}
        />
      )}
      {err(name)}
    </div>
  );

  return (
    <form ref={form} className="image-upload" onSubmit={submit} aria-label="Upload a picture">
      <div
        className={over ? "drop-zone over" : "drop-zone"}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const dropped = e.dataTransfer.files[0];
          if (dropped) setFile(dropped);
        }}
      >
        <p>{file ? `Ready: ${file.name}` : "Drop a picture here, or"}</p>
        <label htmlFor="upload-file" className="button secondary">
          Choose a file
        </label>
        <input
          ref={input}
          id="upload-file"
          className="visually-hidden"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {err("file")}
      </div>
      {text("alt", "Alt text", "What the picture shows, for readers who cannot see it.")}
      {text("caption", "Caption", "", true)}
      {text("credit", "Credit", "Photographer / agency. Left blank: the credit the file carries.")}
      {text("copyright", "Copyright (optional)")}
      {text("rightsNote", "Rights or restrictions (newsroom only)", "", true)}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? "Uploading…" : "Upload"}
      </button>
    </form>
  );
}
