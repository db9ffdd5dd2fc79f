// `npm run db:seed`: adds the demo newsroom to an empty database (never on top of real data).
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { fail, log, resolveDatabase } from "./lib/runtime";
import { databaseIsEmpty, seedDemo } from "./seed-demo";

async function main() {
  const { url, embedded } = await resolveDatabase();
  const db = createPrismaClient(url, { max: 2 });
  try {
    await migrate({ connectionString: url, log });
    if (!(await databaseIsEmpty(db))) {
      log("the database already has staff: not seeding");
      return;
    }
    const counts = await seedDemo(db);
    log(`seeded ${counts.stories} stories, ${counts.tags} tags, ${counts.users} staff`);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch(fail);
