import "@/components/admin/admin.css";
import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/guard";
import { createTagAction } from "../actions";
import { TagForm } from "../tag-form";
import { BackLink } from "@/components/admin/page-parts";

export const metadata: Metadata = { title: "New tag", robots: { index: false } };

export default async function NewTagPage() {
  await guardPage("tags.manage", "/admin/tags/new");
  return (
    <main className="container">
      <BackLink href="/admin/tags" label="All tags" />
      <h1>New tag</h1>
      <TagForm action={createTagAction} submitLabel="Create tag" />
    </main>
  );
}
