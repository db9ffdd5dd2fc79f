import { describe, expect, it } from "vitest";
import { DatabaseConfigError, databaseUrl, parseDatabaseUrl } from "@/lib/db/url";

describe("DATABASE_URL", () => {
  it("accepts a PostgreSQL URL and takes ?schema= apart", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db:5432/news?schema=t_1&sslmode=require")).toEqual({
      connectionString: "postgresql://u:p@db:5432/news?sslmode=require",
      schema: "t_1",
      embedded: false,
    });
    expect(parseDatabaseUrl("postgres://db/news").schema).toBeUndefined();
  });

  it("recognises the embedded database's ?embedded=1 and keeps it out of the driver's URL", () => {
    expect(parseDatabaseUrl("postgresql://postgres@127.0.0.1:4000/postgres?embedded=1")).toEqual({
      connectionString: "postgresql://postgres@127.0.0.1:4000/postgres",
      schema: undefined,
      embedded: true,
    });
  });

  it.each([
    ["not a url", /not a valid URL/],
    ["mysql://db/news", /must start with postgresql:\/\//],
    ["postgresql://db/news?schema=Robert'); DROP", /plain lower-case identifier/],
  ])("refuses %s with one clear line", (raw, message) => {
    expect(() => parseDatabaseUrl(raw)).toThrow(DatabaseConfigError);
    expect(() => parseDatabaseUrl(raw)).toThrow(message);
  });

  it("says what to do when it is missing", () => {
    expect(() => databaseUrl({})).toThrow(/DATABASE_URL is not set/);
  });
});
