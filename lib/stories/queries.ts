import "server-only";
import { can, type StoryRecord } from "@/lib/auth/permissions";
import { ForbiddenError, idSchema } from "@/lib/shared/errors";
import { requireCan } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { commentRequestSelect } from "@/lib/comment-requests/public";

export {
  DESK_COUNT_LIMIT,
  DESK_PAGE_SIZE,
  listStoriesForDesk,
  type DeskListFilters,
  type DeskListPage,
  type DeskStory,
} from "@/lib/stories/desk-list";

/** The story itself as the editor screen shows it: its text, state, times, byline and tags. */
const editorStorySelect = {
  id: true,
  slug: true,
  headline: true,
  summary: true,
  dateline: true,
  body: true,
  status: true,
  version: true,
  updatedAt: true,
  publishedAt: true,
  firstPublishedAt: true,
  scheduledAt: true,
  wordCount: true,
  updatedBy: { select: { name: true } },
  bylines: {
    orderBy: { position: "asc" },
    select: { userId: true, user: { select: { id: true, name: true } } },
  },
  tags: {
    orderBy: { position: "asc" },
    select: { tag: { select: { id: true, name: true, slug: true } } },
  },
} satisfies Prisma.StorySelect;

// Everything the editor screen shows for one story. Private source fields are selected only for
// those who may see them (the story's authors and the desk); nobody else's browser receives them.
export async function getStoryForEditor(storyId: string) {
  const user = await requireCan("stories.list");
  if (!idSchema.safeParse(storyId).success) return null; // an address no story can have
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: editorStorySelect,
  });
  if (!story) return null;
  const record: StoryRecord = {
    authorIds: story.bylines.map((b) => b.userId),
    status: story.status,
  };
  if (!can(user, "stories.view", record)) throw new ForbiddenError("stories.view");
  const viewPrivate = can(user, "sources.viewPrivate", record);
  const [sources, commentRequests, related, corrections, staff] = await Promise.all([
    db.source.findMany({
      where: { storyId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        position: true,
        anonymous: true,
        publicDescription: true,
        headcount: true,
        basisOfKnowledge: true,
        anonymityReason: true,
        approvedAt: true,
        approvedById: true,
        approvedBy: { select: { name: true } },
        privateIdentity: viewPrivate,
        privateContact: viewPrivate,
      },
    }),
    db.commentRequest.findMany({
      where: { storyId },
      orderBy: { position: "asc" },
      select: commentRequestSelect,
    }),
    db.relatedLink.findMany({
      where: { storyId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        targetStoryId: true,
        outlet: true,
        url: true,
        headline: true,
        publishedAt: true,
        excerpt: true,
        targetStory: { select: { headline: true, slug: true } },
      },
    }),
    db.correction.findMany({
      where: { storyId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        kind: true,
        text: true,
        createdAt: true,
        createdBy: { select: { name: true } },
      },
    }),
    db.user.findMany({
      where: { active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return {
    story,
    sources: sources.map((s) => ({
      ...s,
      privateIdentity: s.privateIdentity ?? null,
      privateContact: s.privateContact ?? null,
    })),
    commentRequests,
    related,
    corrections,
    staff,
    permissions: {
      edit: can(user, "stories.edit", record),
      submit: can(user, "stories.submit", record),
      publish: can(user, "stories.publish", record),
      schedule: can(user, "stories.schedule", record),
      unpublish: can(user, "stories.unpublish", record),
      approveSources: can(user, "sources.approve", record),
      viewPrivate,
      addCorrections: can(user, "corrections.add", record),
      createTags: can(user, "tags.create"),
    },
    user: { id: user.id, name: user.name, role: user.role },
  };
}
export type EditorData = NonNullable<Awaited<ReturnType<typeof getStoryForEditor>>>;

// Choices for the desk list's filters: staff with a byline, and the tag asked for. The tag is typed
// (its name, slug or id), not picked from a list: a list of the whole vocabulary (5,200 tags in the
// corpus) made every desk page 1.3 MB and 300-900 ms to render.
export async function deskFilterOptions(tagKey?: string) {
  await requireCan("stories.list");
  const key = tagKey?.trim().slice(0, 200);
  const [authors, tag] = await Promise.all([
    db.user.findMany({
      where: { bylines: { some: {} } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    key
      ? db.tag.findFirst({
          where: {
            OR: [{ id: key }, { slug: key }, { name: { equals: key, mode: "insensitive" } }],
          },
          select: { id: true, name: true },
        })
      : null,
  ]);
  return { authors, tag };
}
