// Shapes of the demo seed data. Everything here is fictional: the port city of Halvern,
// the country of Estmark, and every person, organisation and outlet named in the stories.

export type SeedRole = "ADMIN" | "EDITOR" | "REPORTER";

export interface SeedUser {
  key: string;
  email: string;
  name: string;
  slug: string;
  role: SeedRole;
  bio: string;
  active?: boolean;
}

export type SeedTagKind = "TOPIC" | "PERSON" | "ORGANISATION" | "PLACE";

export interface SeedTag {
  slug: string;
  name: string;
  kind: SeedTagKind;
  description: string;
  aliases?: string[];
}

// A block of the body. Paragraph text may contain inline markers:
//   [[tag:SLUG|visible words]]  -> an inline tag link to tag SLUG
//   [[src:N|visible words]]     -> a passage attributed to the story's source at index N (0-based)
//   **bold**, _italic_, and [link text](https://example.org/...) for ordinary links (only https/mailto)
export type SeedBlock =
  | { type: "p"; text: string }
  | { type: "h2"; text: string }
  | { type: "quote"; text: string }
  | { type: "ul"; items: string[] };

export interface SeedSource {
  anonymous: boolean;
  /** e.g. "two people briefed on the talks" or "Mira Castell, the port authority's director" */
  publicDescription: string;
  headcount: number;
  /** e.g. "attended the closed-door meeting" */
  basisOfKnowledge: string;
  /** Required for anonymous sources, except the deliberately unapproved demo cases */
  anonymityReason: string;
  /** Fictional real name and role; PRIVATE */
  privateIdentity: string;
  /** Fictional phone/email (example.test domains, 555 numbers); PRIVATE */
  privateContact: string;
  /** Whether an editor approved it (anonymous sources) */
  approved: boolean;
}

export interface SeedCommentRequest {
  organisation: string;
  channel: "EMAIL" | "PHONE" | "FAX" | "IN_PERSON" | "OTHER";
  /** When it was sent, in hours before the story's publish (or creation) time */
  sentHoursBeforePublish: number;
  deadlineHoursAfterSent?: number;
  outcome: "PENDING" | "RESPONDED" | "DECLINED" | "NO_RESPONSE";
  /** For RESPONDED */
  responseText?: string;
  /**
   * Optional: the words the body uses for this organisation when they differ from `organisation`
   * (e.g. "Haldane’s office"). The validator uses it to match "declined to comment" /
   * "did not respond" sentences to a recorded request.
   */
  mentionedAs?: string;
}

export type SeedRelated =
  | { kind: "internal"; storyKey: string }
  | {
      kind: "external";
      outlet: string;
      url: string;
      headline: string;
      hoursAgo: number;
      excerpt: string;
    };

export interface SeedCorrection {
  kind: "CORRECTION" | "UPDATE";
  text: string;
  hoursAfterPublish: number;
}

export interface SeedStory {
  /** Stable id used by related links */
  key: string;
  slug: string;
  headline: string;
  summary: string;
  /** e.g. "HALVERN, Estmark" */
  dateline: string;
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
  /** Published (or created) this many hours before the seed runs; for SCHEDULED, negative = in the future */
  hoursAgo: number;
  /** SeedUser keys, in byline order */
  authors: string[];
  /** Tag slugs, in order */
  tags: string[];
  body: SeedBlock[];
  sources: SeedSource[];
  commentRequests: SeedCommentRequest[];
  related: SeedRelated[];
  corrections?: SeedCorrection[];
}
