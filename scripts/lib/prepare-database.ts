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

/** Migrates, seeds the document on the first start only, and makes sure an admin exists. */
export async function prepareDatabase(
  databaseUrl: string,
  admin: { email?: string; password?: string },
): Promise<AdminLogin> {
  // Loaded here rather than at the top so that Prisma is only loaded once a database is up.
  const { applyMigrations } = await import("@kz/db/migrate");
  await step(
    "applying migrations",
    () => applyMigrations(databaseUrl, { log: indented }),
    ({ applied }) =>
      applied.length === 0
        ? "database schema is up to date"
        : `applied ${applied.length} migration(s)`,
  );

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
