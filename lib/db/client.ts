import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
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

// Set while an interactive transaction's body runs. A query through `db` there runs outside the
// transaction (it sees neither its writes nor its locks, and escapes its rollback), and on the
// embedded database, whose one session the transaction holds, it would wait for ever: refused.
const insideTransaction = new AsyncLocalStorage<true>();

export class OuterClientInTransactionError extends Error {
  override name = "OuterClientInTransactionError";
  constructor(property: string) {
    super(`db.${property} used inside an interactive transaction: query through its tx instead`);
  }
}

function transactionRunner(client: PrismaClient): PrismaClient["$transaction"] {
  const run = (arg: unknown, options?: unknown) =>
    typeof arg === "function"
      ? client.$transaction(
          (tx) =>
            insideTransaction.run(true, () => (arg as (t: typeof tx) => Promise<unknown>)(tx)),
          options as Parameters<PrismaClient["$transaction"]>[1],
        )
      : client.$transaction(arg as Parameters<PrismaClient["$transaction"]>[0], options as never);
  return run as PrismaClient["$transaction"];
}

// Created on first use, not at import, so that `next build` needs no database.
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    if (insideTransaction.getStore()) throw new OuterClientInTransactionError(String(property));
    const client = lazyClient();
    if (property === "$transaction") return transactionRunner(client);
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
