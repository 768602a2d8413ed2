// `npm run admin:password [email]`: a new random password for an admin (default: the first one).
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { ensureDatabase } from "./lib/database";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { parseEnv } from "./lib/env";
import { bold, dim, fail, formatBox, info, UserError, yellow } from "./lib/ui";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function resetPassword(databaseUrl: string, email: string | undefined): Promise<void> {
  const { createDb, hashPassword } = await import("@kz/db");
  const db = createDb(databaseUrl, { max: 1 });
  try {
    const user = await db.user
      .findFirst({
        where: email ? { email: { equals: email, mode: "insensitive" } } : { role: "ADMIN" },
        orderBy: { createdAt: "asc" },
      })
      .catch((error: unknown) => {
        // P2021: the table does not exist, i.e. the database has not been migrated.
        if ((error as { code?: string }).code === "P2021") {
          throw new UserError("The database has no users table yet.", "Run npm start once first.");
        }
        throw error;
      });
    if (!user) {
      throw email
        ? new UserError(
            `No user with the email ${email}.`,
            "Check the address, or leave it out to reset the first admin.",
          )
        : new UserError("There is no admin yet.", "Run npm start: it creates the first admin.");
    }
    const password = randomBytes(18).toString("base64url");
    const now = new Date();
    await db.$transaction([
      db.user.update({
        where: { id: user.id },
        // A new password ends existing sessions.
        data: { passwordHash: await hashPassword(password), sessionsValidFrom: now },
      }),
      // And lifts every lockout from failed sign-ins, from any address.
      db.signInLock.deleteMany({ where: { userId: user.id } }),
      db.auditLog.create({
        data: {
          actorLabel: "system",
          action: "user.password_reset",
          entityType: "USER",
          entityId: user.id,
          details: { via: "npm run admin:password" },
        },
      }),
    ]);
    info(
      formatBox([
        `Login:     ${bold(user.email)}${user.role === "ADMIN" ? "" : dim(` (${user.role.toLowerCase()})`)}`,
        `Password:  ${bold(password)}`,
        yellow("Shown only this once: save it now. Other sessions of this user are signed out."),
      ]),
    );
    if (!user.active)
      info(yellow(`! ${user.email} is deactivated: reactivate it before it can sign in.`));
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  const env = parseEnv();
  const email = process.argv[2]?.trim() || undefined;
  let pg: EmbeddedPostgres | undefined;
  try {
    let url = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
    if (url) {
      await ensureDatabase(url, { create: false });
    } else {
      pg = await startEmbeddedPostgres({
        dataDir: path.join(root, ".data", "postgres"),
        port: env.EMBEDDED_PG_PORT,
        database: "kz",
        log: (message) => info(dim(message)),
      });
      url = pg.url;
    }
    await resetPassword(url, email);
  } finally {
    // Stops the server only if this script started it (stop is a no-op for a reused one).
    await pg?.stop();
  }
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
  if (error instanceof UserError && error.hint) info(`  → ${error.hint}`);
  process.exitCode = 1;
});
