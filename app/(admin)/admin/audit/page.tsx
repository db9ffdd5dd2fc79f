import "@/components/admin/admin.css";
import type { Metadata } from "next";
import Link from "next/link";
import { listAuditEntries, listAuditFilterOptions } from "@/lib/audit/queries";
import { auditQuerySchema } from "@/lib/audit/schema";
import { guardPage } from "@/lib/auth/guard";
import { ColumnHeads, type SearchParams } from "@/components/admin/page-parts";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

const RECORD_LINK: Record<string, (id: string) => string> = { tag: (id) => `/admin/tags/${id}` };

function summary(details: unknown): string {
  if (details === null || details === undefined) return "";
  const text = JSON.stringify(details);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await guardPage("audit.view", "/admin/audit");
  const query = auditQuerySchema.parse(await searchParams);
  const [{ entries, total, pageSize }, options] = await Promise.all([
    listAuditEntries(query),
    listAuditFilterOptions(),
  ]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (page: number) => {
    const sp = new URLSearchParams(
      Object.entries({ ...query, page: String(page) }).filter(
        (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "",
      ),
    );
    return `/admin/audit?${sp}`;
  };
  return (
    <main className="container">
      <h1>Audit log</h1>
      <form method="get" action="/admin/audit" className="admin-toolbar" role="search">
        <div>
          <label htmlFor="audit-actor">Person</label>
          <select id="audit-actor" name="actor" defaultValue={query.actor ?? ""}>
            <option value="">Anyone</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-action">Action</label>
          <select id="audit-action" name="action" defaultValue={query.action ?? ""}>
            <option value="">Any action</option>
            {options.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from">From</label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from} />
        </div>
        <div>
          <label htmlFor="audit-to">To</label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to} />
        </div>
        <button type="submit" className="secondary">
          Filter
        </button>
      </form>
      <p className="muted">
        {total} entries{total > pageSize ? `, page ${query.page} of ${pages}` : ""}, newest first.
      </p>
      <table>
        <ColumnHeads columns={["When (UTC)", "Who", "Action", "Record", "Details"]} />
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.createdAt.toISOString()}>
                  {e.createdAt.toISOString().slice(0, 19).replace("T", " ")}
                </time>
              </td>
              <td>{e.actor ? e.actor.name : <span className="muted">unknown</span>}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                {e.entityType}
                {e.entityId && (
                  <>
                    {" "}
                    {RECORD_LINK[e.entityType] ? (
                      <Link href={RECORD_LINK[e.entityType](e.entityId)}>{e.entityId}</Link>
                    ) : (
                      <span className="muted">{e.entityId}</span>
                    )}
                  </>
                )}
              </td>
              <td>
                <small>{summary(e.details)}</small>
              </td>
            </tr>
          ))}
          {entries.length === 0 && (
            <tr>
              <td colSpan={5}>Nothing matches.</td>
            </tr>
          )}
        </tbody>
      </table>
      <nav className="admin-pager" aria-label="Pages">
        {query.page > 1 && <Link href={href(query.page - 1)}>← Newer</Link>}
        {query.page < pages && <Link href={href(query.page + 1)}>Older →</Link>}
      </nav>
    </main>
  );
}
