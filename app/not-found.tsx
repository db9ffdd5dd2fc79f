import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered for each request rather than prerendered: under /admin the proxy's Content-Security-
  // Policy admits only scripts with this request's nonce, which a prerendered copy cannot carry.
  await connection();
  return (
    <main className="narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </main>
  );
}
