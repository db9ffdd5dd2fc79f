"use client";

import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useState } from "react";
import type { GateImage } from "@/lib/media/gate";
import type { ActionResult } from "@/lib/shared/action-result";
import { ImagePicker, nodeAttributes, thumbUrl, type PickerImage } from "./image-picker";

export interface ImagePanelActions {
  searchMediaAction: (q: string) => Promise<ActionResult<{ images: PickerImage[] }>>;
  getLeadImageAction: (storyId: string) => Promise<ActionResult<{ image: PickerImage | null }>>;
  setLeadImageAction: (
    storyId: string,
    mediaId: string | null,
  ) => Promise<ActionResult<{ image: PickerImage | null }>>;
}

// Pictures: the story's lead image (chosen from the library, or uploaded) and pictures put into the
// text at the cursor. Reports the lead image to the publish checklist.
export function ImagePanel({
  storyId,
  editable,
  editor,
  actions,
  onLeadChange,
}: {
  storyId: string;
  editable: boolean;
  editor: () => Editor | null;
  actions: ImagePanelActions;
  onLeadChange: (lead: GateImage | null) => void;
}) {
  const [lead, setLead] = useState<PickerImage | null | undefined>(undefined);
  const [open, setOpen] = useState<"lead" | "text" | null>(null);
  const [message, setMessage] = useState("");
  const { getLeadImageAction, setLeadImageAction, searchMediaAction } = actions;
  useEffect(() => {
    void getLeadImageAction(storyId).then((r) => {
      if (!r.ok) return;
      setLead(r.image);
      onLeadChange(r.image);
    });
  }, [storyId, getLeadImageAction, onLeadChange]);
  const search = useCallback(
    async (q: string) => {
      const r = await searchMediaAction(q);
      return r.ok ? r.images : [];
    },
    [searchMediaAction],
  );
  const chooseLead = async (mediaId: string | null) => {
    const r = await setLeadImageAction(storyId, mediaId);
    if (!r.ok) {
      setMessage(r.message);
      return;
    }
    setMessage(mediaId ? "Lead image set." : "Lead image removed.");
    setLead(r.image);
    onLeadChange(r.image);
    setOpen(null);
  };
  return (
    <section className="panel" aria-labelledby="images-heading">
      <h2 id="images-heading">Pictures</h2>
      <h3>Lead image</h3>
      {lead === undefined ? (
        <p className="muted">Loading…</p>
      ) : lead ? (
        <figure className="lead-preview" data-testid="lead-image">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own processed thumbnail */}
          <img src={thumbUrl(lead)} alt={lead.alt} width={160} height={120} />
          <figcaption>
            {lead.caption} <span className="muted">Photo: {lead.credit}</span>{" "}
            <a href={`/admin/media/${lead.id}`}>Focal point and details</a>
          </figcaption>
        </figure>
      ) : (
        <p className="muted">No lead image.</p>
      )}
      {editable && open === null && (
        <p>
          <button type="button" className="secondary" onClick={() => setOpen("lead")}>
            {lead ? "Change lead image" : "Choose lead image"}
          </button>{" "}
          {lead && (
            <button type="button" className="secondary" onClick={() => void chooseLead(null)}>
              Remove
            </button>
          )}{" "}
          <button type="button" className="secondary" onClick={() => setOpen("text")}>
            Insert picture in text
          </button>
        </p>
      )}
      {open && (
        <ImagePicker
          label={open === "lead" ? "Choose the lead image" : "Choose a picture for the text"}
          search={search}
          onCancel={() => setOpen(null)}
          onPick={(img) => {
            if (open === "lead") void chooseLead(img.id);
            else {
              editor()?.chain().focus().insertImage(nodeAttributes(img)).run();
              setMessage("Picture inserted in the text.");
              setOpen(null);
            }
          }}
        />
      )}
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
