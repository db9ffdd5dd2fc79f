import type { DiffPart } from "@/lib/stories/diff";

// A readable diff: removed words struck through, added words highlighted, paragraph by paragraph.
export function DiffView({ paragraphs }: { paragraphs: DiffPart[][] }) {
  if (paragraphs.length === 0) return <p className="muted">No differences in the text.</p>;
  return (
    <div className="diff">
      {paragraphs.map((parts, i) => (
        <p key={i}>
          {parts.map((p, j) =>
            p.type === "same" ? (
              <span key={j}>{p.text}</span>
            ) : p.type === "added" ? (
              <ins key={j}>{p.text}</ins>
            ) : (
              <del key={j}>{p.text}</del>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
