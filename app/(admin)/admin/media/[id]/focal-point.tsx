"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { setFocalPointAction } from "../actions";

// Click the subject: the crops (social cards, JSON-LD, thumbnails) are made again around it.
export function FocalPoint(props: {
  mediaId: string;
  src: string;
  alt: string;
  width: number;
  height: number;
  x: number;
  y: number;
  editable: boolean;
}) {
  const router = useRouter();
  const [point, setPoint] = useState({ x: props.x, y: props.y });
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const choose = async (event: React.MouseEvent<HTMLButtonElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    const y = Math.min(1, Math.max(0, (event.clientY - box.top) / box.height));
    setPoint({ x, y });
    setBusy(true);
    const r = await setFocalPointAction(props.mediaId, x, y);
    setBusy(false);
    setMessage(r.ok ? "Focal point saved; the crops below are new." : r.message);
    router.refresh();
  };
  const image = (
    // eslint-disable-next-line @next/next/no-img-element -- our own processed file
    <img src={props.src} alt={props.alt} width={props.width} height={props.height} />
  );
  return (
    <div className="focal">
      {props.editable ? (
        <button
          type="button"
          className="focal-target"
          onClick={(e) => void choose(e)}
          disabled={busy}
          aria-label="Set the focal point: click the subject of the picture"
        >
          {image}
          <span
            className="focal-mark"
            style={{ left: `${point.x * 100}%`, top: `${point.y * 100}%` }}
            aria-hidden="true"
          />
        </button>
      ) : (
        image
      )}
      <p className="muted" role="status">
        {message ||
          `Focal point: ${Math.round(point.x * 100)}% from the left, ${Math.round(point.y * 100)}% from the top.`}
      </p>
    </div>
  );
}
