"use client";

import { useEffect, useState } from "react";
import type { ImageNodeAttributes } from "@/lib/editor/image-node";
import type { Picture } from "@/lib/media/public";
import { thumbFile } from "@/lib/media/variants";
import { ImageUpload } from "./image-upload";

/** What the editor knows of a library picture. */
export interface PickerImage extends Picture {
  id: string;
  focalX: number;
  focalY: number;
}

export const nodeAttributes = (img: PickerImage): ImageNodeAttributes => ({
  mediaId: img.id,
  key: img.key,
  width: img.width,
  height: img.height,
  alt: img.alt,
  caption: img.caption,
  credit: img.credit,
});

export const thumbUrl = (img: Pick<PickerImage, "cropKey">) =>
  `/media/${thumbFile(img.cropKey, 320, "jpg")}`;

// Find a picture in the library (newest first, by caption, credit or alt text) or upload a new one.
export function ImagePicker({
  label,
  search,
  onPick,
  onCancel,
}: {
  label: string;
  search: (q: string) => Promise<PickerImage[]>;
  onPick: (image: PickerImage) => void;
  onCancel: () => void;
}) {
  const [q, setQ] = useState("");
  const [found, setFound] = useState<PickerImage[] | null>(null);
  const [uploading, setUploading] = useState(false);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void search(q).then((images) => live && setFound(images));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, search]);
  return (
    <div className="image-picker" role="group" aria-label={label}>
      <label htmlFor="image-picker-q">Search the library</label>
      <input
        id="image-picker-q"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="Caption, credit or description"
      />
      {found === null ? (
        <p className="muted">Searching…</p>
      ) : found.length === 0 ? (
        <p className="muted">No pictures found.</p>
      ) : (
        <ul className="image-grid">
          {found.map((img) => (
            <li key={img.id}>
              <button type="button" className="image-choice" onClick={() => onPick(img)}>
                {/* eslint-disable-next-line @next/next/no-img-element -- our own processed thumbnail */}
                <img src={thumbUrl(img)} alt="" width={160} height={120} />
                <span>{img.alt}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {uploading ? (
        <ImageUpload
          onUploaded={async ({ id }) => {
            const images = await search("");
            const image = images.find((i) => i.id === id);
            setUploading(false);
            if (image) onPick(image);
          }}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setUploading(true)}>
          Upload a new picture
        </button>
      )}{" "}
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
