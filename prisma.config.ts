import { defineConfig } from "prisma/config";

// The CLI's URL; the app itself connects through lib/db (PostgreSQL or the embedded database).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/newsroom" },
});
