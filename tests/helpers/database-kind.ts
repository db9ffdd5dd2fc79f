// Some integration tests prove what only a PostgreSQL server does: several sessions holding row locks
// at once (SKIP LOCKED across instances), contrib extensions (pg_trgm), statement_timeout. The embedded
// database is one session with no contrib, so on it they are skipped, loudly; the PostgreSQL run
// (TEST_DATABASE_URL) covers them, and CI runs both.
export const onEmbeddedDatabase = !process.env.TEST_DATABASE_URL;

export function postgresOnly(what: string): boolean {
  if (onEmbeddedDatabase)
    console.warn(`[integration] SKIPPED on the embedded database (PostgreSQL only): ${what}`);
  return onEmbeddedDatabase;
}
