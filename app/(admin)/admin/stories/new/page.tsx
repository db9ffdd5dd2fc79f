import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/guard";
import { NewStoryForm } from "./new-story-client";

export const metadata: Metadata = { title: "New story", robots: { index: false } };

export default async function NewStoryPage() {
  await guardPage("stories.create", "/admin/stories/new");
  return (
    <main className="narrow">
      <h1>New story</h1>
      <NewStoryForm />
    </main>
  );
}
