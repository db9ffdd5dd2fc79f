import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { ForbiddenError } from "@/lib/shared/errors";
import { guardPage } from "@/lib/auth/guard";
import { getStoryForEditor } from "@/lib/stories/queries";
import { EditorScreen } from "./editor-client";

export const metadata: Metadata = { title: "Edit story", robots: { index: false } };

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await guardPage("stories.list", `/admin/stories/${id}`);
  const data = await getStoryForEditor(id).catch((error: unknown) => {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  });
  if (!data) notFound();
  // Keyed by id so that moving between stories starts a fresh editor.
  return <EditorScreen key={data.story.id} data={data} />;
}
