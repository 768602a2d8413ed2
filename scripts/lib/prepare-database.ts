import { dim, step } from "./ui";

// The slug of the document's own Source row: present once the document has been seeded.
export const SEEDED_SOURCE_SLUG = "wikipedia-human-rights-in-kazakhstan";

export interface AdminLogin {
  email: string;
  /** Only when the admin was created just now; it is never shown again. */
  password: string | null;
  created: boolean;
}

const indented = (message: string) => console.log(dim(`    ${message}`));

/**
 * Everything the schema needs, as the database's owner (docs/database-roles.md): migrations, the
 * job queue's tables, and then the apps' role's share of them, when the apps have a role of their
 * own (null: they sign in as the owner). `npm start` and `npm run db:migrate` both run it.
 */
export async function migrateAndGrant(
  ownerUrl: string,
  appRole: string | null,
  log: (message: string) => void = indented,
): Promise<void> {
  // Loaded here rather than at the top so that Prisma is only loaded once a database is up.
  const { applyMigrations } = await import("@kz/db/migrate");
  await step(
    "applying migrations",
    () => applyMigrations(ownerUrl, { log }),
    ({ applied }) =>
      applied.length === 0
        ? "database schema is up to date"
        : `applied ${applied.length} migration(s)`,
  );
  const { prepareJobQueue } = await import("@kz/jobs");
  await prepareJobQueue({ databaseUrl: ownerUrl });
  if (appRole) {
    const { grantAppAccess } = await import("@kz/db/roles");
    await step(
      `giving the apps' role ${appRole} its share`,
      () => grantAppAccess(ownerUrl, appRole),
      `${appRole} reads and writes the record, only adds to the audit log, changes no schema`,
    );
  }
}

/**
 * As the database's owner: migrateAndGrant, then the document seeded on the first start only, and
 * an admin made sure of.
 */
export async function prepareDatabase(
  databaseUrl: string,
  appRole: string | null,
  admin: { email?: string; password?: string },
): Promise<AdminLogin> {
  await migrateAndGrant(databaseUrl, appRole);

  const { createDb } = await import("@kz/db");
  const { seedDocument, ensureAdminUser } = await import("@kz/db/seed");
  const db = createDb(databaseUrl, { max: 2, statementTimeoutMillis: 0 });
  try {
    // Seeding again would overwrite what editors have changed since, so it happens only once.
    const seeded = await db.source.findUnique({
      where: { slug: SEEDED_SOURCE_SLUG },
      select: { id: true },
    });
    if (seeded) {
      console.log(`${dim("✓ document already seeded (left as editors have changed it)")}`);
    } else {
      await step(
        "seeding the document (first start only)",
        () => seedDocument(db, { log: indented }),
        "document seeded",
      );
    }
    return await step(
      "checking the admin account",
      () => ensureAdminUser(db, { email: admin.email, password: admin.password }),
      (result) =>
        result.created ? `admin ${result.email} created` : `admin ${result.email} exists`,
    );
  } finally {
    await db.$disconnect();
  }
}
