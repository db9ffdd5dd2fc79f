import "@/components/admin/admin.css";
import "@/components/editor/editor.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/auth/guard";
import { getMediaDetail } from "@/lib/media/queries";
import { CROP_NAMES, cropFile, bodyFile, bodyWidths } from "@/lib/media/variants";
import { MediaDetailsForm } from "./details-form";
import { FocalPoint } from "./focal-point";
import { BackLink } from "@/components/admin/page-parts";

export const metadata: Metadata = { title: "Picture", robots: { index: false } };

const STATUS = {
  DRAFT: "draft",
  IN_REVIEW: "in review",
  SCHEDULED: "scheduled",
  PUBLISHED: "published",
  UNPUBLISHED: "unpublished",
} as const;

// One picture: its words and rights, its focal point and crops, who uploaded it, where it is used.
export default async function MediaDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await guardPage("admin.access", `/admin/media/${id}`);
  const detail = await getMediaDetail(id);
  if (!detail) notFound();
  const { media: m, canEdit } = detail;
  const preview = `/media/${bodyFile(m.key, bodyWidths(m.width).find((w) => w >= 800) ?? m.width, "jpg")}`;
  const used = [
    ...m.leadOf.map((s) => ({ ...s, how: "lead image" })),
    ...m.usages.map((u) => ({ ...u.story, how: "in the text" })),
  ];
  return (
    <main className="container">
      <BackLink href="/admin/media" label="Media library" />
      <h1>{m.alt}</h1>
      <p className="muted">
        Uploaded by {m.uploadedBy?.name ?? "former staff"} on{" "}
        {m.createdAt.toISOString().slice(0, 10)} · {m.width} × {m.height} px stored · original “
        {m.originalName}” ({m.originalMime}, {Math.round(m.originalBytes / 1024)} KB, kept private
        with its metadata) <a href={`/admin/media/${m.id}/original`}>download the original</a>
      </p>
      <FocalPoint
        mediaId={m.id}
        src={preview}
        alt={m.alt}
        width={m.width}
        height={m.height}
        x={m.focalX}
        y={m.focalY}
        editable={canEdit}
      />
      <h2>Crops for social media and search</h2>
      <ul className="image-grid crops">
        {CROP_NAMES.map((c) => (
          <li key={c}>
            {/* eslint-disable-next-line @next/next/no-img-element -- our own processed crop */}
            <img
              src={`/media/${cropFile(m.cropKey, c)}`}
              alt={`${c.replace("x", ":")} crop`}
              width={240}
            />
            <span className="muted">{c.replace("x", ":")}</span>
          </li>
        ))}
      </ul>
      <h2>Details</h2>
      <MediaDetailsForm
        media={{
          id: m.id,
          alt: m.alt,
          caption: m.caption,
          credit: m.credit,
          copyright: m.copyright,
          rightsNote: m.rightsNote,
        }}
        editable={canEdit}
      />
      <h2>Where it is used</h2>
      {used.length === 0 ? (
        <p className="muted">Not used in any story yet.</p>
      ) : (
        <ul>
          {used.map((s) => (
            <li key={`${s.id}-${s.how}`}>
              <Link href={`/admin/stories/${s.id}`}>{s.headline}</Link> ({s.how}, {STATUS[s.status]}
              )
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
