// The two database roles (SECURITY.md, docs/database-roles.md): an owner that migrates, seeds and
// restores, and the role the apps and the worker connect as, which can read and write the record
// but cannot change the schema, and can only add to the audit log.
import pg from "pg";

/** The app role `npm start` creates on the embedded server (and the test runs on theirs). */
export const APP_ROLE = "kz_app";

/**
 * Tables the apps may read and add rows to, never change or empty. The database's own trigger
 * (migration audit_log_append_only) refuses the same for the owner, short of a superuser.
 */
export const APPEND_ONLY_TABLES = ["AuditLog"] as const;

/** Bookkeeping the apps never touch: the migration history. */
const OWNER_ONLY_TABLES = ["_prisma_migrations"] as const;

/** Schemas whose tables the apps use: the record's, and the job queue's (packages/jobs). */
export const APP_SCHEMAS = ["public", "pgboss"] as const;

/** The role a connection URL signs in as. */
export function roleOf(url: string): string {
  const parsed = new URL(url);
  return decodeURIComponent(parsed.username) || parsed.searchParams.get("user") || "postgres";
}

/** The same server and database, signed in as another role. */
export function urlAs(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates the login role, or resets its password and takes back any power it was given: never a
 * superuser, never able to create roles or databases, replicate or pass row security, and a member
 * of no other role (whose powers it would inherit). Roles belong to the server, not one database,
 * so this needs a role that may create roles.
 */
export async function ensureLoginRole(
  ownerUrl: string,
  role: string,
  password: string,
): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const name = client.escapeIdentifier(role);
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`;
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    try {
      await client.query(`${rowCount ? "ALTER" : "CREATE"} ROLE ${name} ${attributes}`);
    } catch (error) {
      // 42710: another process created it between the check and here (test runs in parallel).
      if ((error as { code?: string }).code !== "42710") throw error;
      await client.query(`ALTER ROLE ${name} ${attributes}`);
    }
    const { rows } = await client.query<{ granted: string }>(
      `SELECT g.rolname AS granted FROM pg_auth_members m
         JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
        WHERE r.rolname = $1`,
      [role],
    );
    for (const { granted } of rows) {
      await client.query(`REVOKE ${client.escapeIdentifier(granted)} FROM ${name}`);
    }
  });
}

/**
 * Gives `role` what the apps need in the owner's database, and nothing more: read and write the
 * record's tables, only read and add to the append-only ones, nothing on the migration history,
 * no CREATE anywhere. Run after every migration (new tables start with no grants), as the owner.
 * Idempotent; a no-op when `role` is the owner itself, which owns everything anyway.
 */
export async function grantAppAccess(ownerUrl: string, role: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const { rows } = await client.query<{ owner: string; database: string }>(
      "SELECT current_user AS owner, current_database() AS database",
    );
    const { owner, database } = rows[0]!;
    if (owner === role) return;
    const name = client.escapeIdentifier(role);
    const table = (t: string) => `"public".${client.escapeIdentifier(t)}`;
    const { rows: schemas } = await client.query<{ nspname: string }>(
      "SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)",
      [APP_SCHEMAS],
    );
    await client.query("BEGIN");
    try {
      const db = client.escapeIdentifier(database);
      await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${name}`);
      await client.query(`REVOKE CREATE ON DATABASE ${db} FROM ${name}`);
      for (const { nspname } of schemas) {
        const schema = client.escapeIdentifier(nspname);
        await client.query(`REVOKE CREATE ON SCHEMA ${schema} FROM ${name}`);
        await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${name}`);
        await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${name}`);
        await client.query(
          `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${name}`,
        );
        await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${name}`);
      }
      for (const t of APPEND_ONLY_TABLES) {
        await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${table(t)} FROM ${name}`);
      }
      for (const t of OWNER_ONLY_TABLES) {
        await client.query(`REVOKE ALL ON ${table(t)} FROM ${name}`);
      }
      await refuseCreate(
        client,
        role,
        database,
        schemas.map((s) => s.nspname),
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      // 42501: a table this role neither owns nor may grant on.
      if ((error as { code?: string }).code === "42501") {
        throw new Error(
          `${owner} cannot give ${role} its share: ${(error as Error).message}. Grant as the role that owns the tables (the one migrations run as: MIGRATION_DATABASE_URL).`,
          { cause: error },
        );
      }
      throw error;
    }
  });
}

/**
 * Fails when the role could still create objects after the grants: through PUBLIC, which could
 * create in `public` before Postgres 15 (taken back here, as 15 does), or a grant made by hand.
 */
async function refuseCreate(
  client: pg.Client,
  role: string,
  database: string,
  schemas: string[],
): Promise<void> {
  const creatable = async () =>
    (
      await client.query<{ what: string }>(
        `SELECT 'database ' || $2 AS what WHERE has_database_privilege($1, $2, 'CREATE')
         UNION ALL
         SELECT 'schema ' || s FROM unnest($3::text[]) s WHERE has_schema_privilege($1, s, 'CREATE')`,
        [role, database, schemas],
      )
    ).rows.map((r) => r.what);
  let found = await creatable();
  if (found.includes("schema public")) {
    await client.query(`REVOKE CREATE ON SCHEMA "public" FROM PUBLIC`);
    found = await creatable();
  }
  if (found.length) {
    throw new Error(
      `The apps' role ${role} could still create objects in ${found.join(", ")} (granted to PUBLIC or to a role it belongs to): revoke that, then run this again.`,
    );
  }
}

export interface RolePowers {
  role: string;
  superuser: boolean;
  bypassesRowSecurity: boolean;
  /** May create roles, so could make itself a member of the owner's. */
  createsRoles: boolean;
  /** Owns the audit log, or is a member of its owner: could drop its trigger and rewrite it. */
  ownsAuditLog: boolean;
  /** A member of pg_execute_server_program or pg_write_server_files. */
  reachesServer: boolean;
}

/** What the role behind `url` could do beyond the app role's share: for start-up warnings. */
export async function rolePowers(url: string): Promise<RolePowers> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<RolePowers>(
      `SELECT r.rolname AS role, r.rolsuper AS superuser, r.rolbypassrls AS "bypassesRowSecurity",
              r.rolcreaterole AS "createsRoles",
              COALESCE(pg_has_role(r.oid, c.relowner, 'USAGE'), false) AS "ownsAuditLog",
              pg_has_role(r.oid, 'pg_execute_server_program', 'USAGE')
                OR pg_has_role(r.oid, 'pg_write_server_files', 'USAGE') AS "reachesServer"
         FROM pg_roles r
         LEFT JOIN pg_class c ON c.oid = to_regclass('"public"."AuditLog"')
        WHERE r.rolname = current_user`,
    );
    return rows[0]!;
  });
}

/** True when the role can do more than the app role should (see RolePowers). */
export const isOverPowered = (powers: RolePowers) =>
  powers.superuser ||
  powers.bypassesRowSecurity ||
  powers.createsRoles ||
  powers.ownsAuditLog ||
  powers.reachesServer;
