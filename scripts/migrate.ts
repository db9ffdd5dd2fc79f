// `npm run db:migrate`: apply pending prisma/migrations to DATABASE_URL (see lib/db/migrate.ts).
// Errors are one line on stderr and exit code 1: no stack traces in deploy logs.
import { describeDatabaseUrl, migrate } from "../lib/db/migrate";

function fail(message: string): never {
  console.error(`db:migrate: ${message}`);
  process.exit(1);
}

const connectionString = process.env.DATABASE_URL;
if (!connectionString) fail("DATABASE_URL is not set (e.g. postgresql://USER@HOST:5432/DATABASE)");

try {
  const { where } = describeDatabaseUrl(connectionString);
  console.log(`db:migrate: migrating ${where}`);
  const { applied } = await migrate({
    connectionString,
    log: (line) => console.log(`db:migrate: ${line}`),
  });
  for (const name of applied) console.log(`db:migrate: applied ${name}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
