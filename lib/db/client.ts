import "server-only";
import type { PrismaClient } from "./generated/client";
import { createPrismaClient } from "./create-client";
import { databaseUrl } from "./url";

// The app's one client. Next's dev server re-evaluates modules, so it lives on globalThis.
const globalForPrisma = globalThis as unknown as { newsroomPrisma?: PrismaClient };

function lazyClient(): PrismaClient {
  if (!globalForPrisma.newsroomPrisma) {
    databaseUrl(); // one clear line when DATABASE_URL is missing or malformed
    globalForPrisma.newsroomPrisma = createPrismaClient(process.env.DATABASE_URL as string);
  }
  return globalForPrisma.newsroomPrisma;
}

// Created on first use, not at import, so that `next build` needs no database.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = lazyClient();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
