import type { Actor } from "@/lib/auth/permissions";

// Who may change a picture's words, focal point or rights: whoever uploaded it, and the desk.
export function canEditMedia(actor: Actor, media: { uploadedById: string | null }): boolean {
  return actor.role === "EDITOR" || actor.role === "ADMIN" || media.uploadedById === actor.id;
}
