import { TAG_KINDS } from "@/lib/tags/schema";

// The kinds of tag as an admin reads them, for the tag form and the list's filter.
export const KIND_LABEL = {
  TOPIC: "Topic",
  PERSON: "Person",
  ORGANISATION: "Organisation",
  PLACE: "Place",
} as const satisfies Record<(typeof TAG_KINDS)[number], string>;

export function KindOptions() {
  return TAG_KINDS.map((k) => (
    <option key={k} value={k}>
      {KIND_LABEL[k]}
    </option>
  ));
}
