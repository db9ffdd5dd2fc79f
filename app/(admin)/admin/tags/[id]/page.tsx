import "@/components/admin/admin.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardPage } from "@/lib/auth/guard";
import { getTagForAdmin } from "@/lib/tags/queries";
import { updateTagAction } from "../actions";
import { TagForm } from "../tag-form";
import { DeleteTagForm } from "./delete-form";
import { BackLink } from "@/components/admin/page-parts";

export const metadata: Metadata = { title: "Edit tag", robots: { index: false } };

export default async function EditTagPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { id } = await params;
  await guardPage("tags.manage", `/admin/tags/${id}`);
  const tag = await getTagForAdmin(id);
  if (!tag) notFound();
  const { saved } = await searchParams;
  return (
    <main className="container">
      <BackLink href="/admin/tags" label="All tags" />
      <h1>{tag.name}</h1>
      {saved && (
        <p role="status" className="form-ok">
          Created. The tag is at /tags/{tag.slug}.
        </p>
      )}
      <p className="muted">
        Public page: <a href={`/tags/${tag.slug}`}>/tags/{tag.slug}</a> · used by{" "}
        {tag._count.stories} {tag._count.stories === 1 ? "story" : "stories"}
        {tag.slugRedirects.length > 0 && (
          <>
            {" "}
            · old addresses that redirect here:{" "}
            {tag.slugRedirects.map((r) => `/tags/${r.oldSlug}`).join(", ")}
          </>
        )}
      </p>
      <TagForm action={updateTagAction} tag={tag} submitLabel="Save tag" />
      <section className="admin-panel" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete this tag</h2>
        <DeleteTagForm id={tag.id} name={tag.name} uses={tag._count.stories} />
      </section>
    </main>
  );
}
