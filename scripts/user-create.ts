// `npm run user:create -- --email a@b.org --name "A Name" --role ADMIN [--password ...]`
// Creates a staff account in production. Without --password, a strong one is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { createPrismaClient } from "@/lib/db/create-client";
import { migrate } from "@/lib/db/migrate";
import { slugify } from "@/lib/shared/slug";
import { fail, log, resolveDatabase } from "./lib/runtime";

const argsSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "--email must be an email address" })),
  name: z.string().trim().min(1, { message: "--name is required" }).max(200),
  role: z.enum(["REPORTER", "EDITOR", "ADMIN"], {
    message: "--role must be REPORTER, EDITOR or ADMIN",
  }),
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, {
      message: `--password must be at least ${PASSWORD_MIN_LENGTH} characters`,
    })
    .optional(),
});

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "REPORTER" },
      password: { type: "string" },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const { email, name, role } = parsed.data;
  const password = parsed.data.password ?? randomBytes(12).toString("base64url");
  const weak = parsed.data.password && passwordProblem(parsed.data.password, [email, name]);
  if (weak) throw new Error(`--password: ${weak}`);

  const { url, embedded } = await resolveDatabase();
  const db = createPrismaClient(url, { max: 1 });
  try {
    await migrate({ connectionString: url });
    if (await db.user.findUnique({ where: { email }, select: { id: true } }))
      throw new Error(`a user with email ${email} already exists`);
    const base = slugify(name) || "staff";
    const taken = await db.user.count({ where: { slug: { startsWith: base } } });
    const user = await db.user.create({
      data: {
        email,
        name,
        role,
        slug: taken ? `${base}-${taken + 1}` : base,
        passwordHash: await hashPassword(password),
      },
    });
    await db.auditLog.create({
      data: {
        action: "user.create",
        entityType: "user",
        entityId: user.id,
        details: { email, role, via: "cli" },
      },
    });
    log(`created ${role} ${email}`);
    if (!parsed.data.password) log(`temporary password (shown once): ${password}`);
  } finally {
    await db.$disconnect();
    await embedded?.stop();
  }
}

main().catch(fail);
