import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="narrow">
      <h1>You do not have access to this page</h1>
      <p>Your role does not allow this. If you need it, ask an administrator.</p>
      <p>
        <Link href="/admin">Back to the newsroom</Link>
      </p>
    </main>
  );
}
