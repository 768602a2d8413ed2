import { randomBytes } from "node:crypto";

import pg from "pg";

import { ensureLoginRole, grantAppAccess, urlAs } from "../roles";
import { adminDatabaseUrl } from "./server";

export interface AppRole {
  /** The database's URL, signed in as the role. */
  url: string;
  role: string;
  /** Drops the role; drop its databases first (their grants hold it). */
  drop: () => Promise<void>;
}

/**
 * A fresh role with the apps' share of the database at `ownerUrl` (grantAppAccess), as `npm start`
 * gives its app role: for tests that must run as the apps do. Roles belong to the whole server,
 * hence a random name.
 */
export async function createAppRole(ownerUrl: string): Promise<AppRole> {
  const role = `kz_app_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(16).toString("hex");
  const admin = adminDatabaseUrl();
  await ensureLoginRole(admin, role, password);
  await grantAppAccess(ownerUrl, role);
  return {
    url: urlAs(ownerUrl, role, password),
    role,
    drop: async () => {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`DROP ROLE IF EXISTS ${client.escapeIdentifier(role)}`);
      } finally {
        await client.end();
      }
    },
  };
}
