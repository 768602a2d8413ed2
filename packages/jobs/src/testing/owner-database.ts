// A test database owned by a fresh role that is not a superuser, as in production, where the app's
// user owns its database and nothing more.
import { randomBytes } from "node:crypto";

import { adminDatabaseUrl, createTestDatabase } from "@kz/db/testing";
import pg from "pg";

export interface OwnedDatabase {
  /** Connects as the owning role. */
  url: string;
  /** Connects as the server's superuser, who made the record's tables. */
  adminUrl: string;
  role: string;
  drop: () => Promise<void>;
}

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createOwnedDatabase(): Promise<OwnedDatabase> {
  const database = await createTestDatabase("kz_jobs_test");
  const role = `kz_jobs_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  const name = new URL(database.url).pathname.slice(1);
  await asAdmin(
    `CREATE ROLE "${role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${password}'`,
  );
  await asAdmin(`ALTER DATABASE "${name}" OWNER TO "${role}"`);
  const url = new URL(database.url);
  url.username = role;
  url.password = password;
  return {
    url: url.toString(),
    adminUrl: database.url,
    role,
    drop: async () => {
      await database.drop();
      await asAdmin(`DROP ROLE IF EXISTS "${role}"`);
    },
  };
}
