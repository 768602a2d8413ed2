import { z } from "zod";

// Empty strings count as unset, so `DATABASE_URL= npm start` behaves like no DATABASE_URL at all.
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional());

const port = (fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be between 1 and 65535")
      .max(65535, "must be between 1 and 65535")
      .default(fallback),
  );

const secret = z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)");

const postgresUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: "must be a postgres:// or postgresql:// URL",
});

const schema = z.object({
  // The apps' connection; with MIGRATION_DATABASE_URL, the owner's for migrations and seeding
  // (docs/database-roles.md). Neither: the embedded Postgres, with a role for each.
  DATABASE_URL: optional(postgresUrl),
  MIGRATION_DATABASE_URL: optional(postgresUrl),
  EMBEDDED_PG_PORT: port(54329),
  WEB_PORT: port(3000),
  ADMIN_PORT: port(3001),
  AUTH_SECRET: optional(secret),
  REVALIDATE_SECRET: optional(secret),
  PREVIEW_SECRET: optional(secret),
  ADMIN_EMAIL: optional(z.email("must be an email address")),
  ADMIN_PASSWORD: optional(
    z.string().min(12, "must be 12 to 200 characters").max(200, "must be 12 to 200 characters"),
  ),
  PUBLIC_SITE_URL: optional(z.url("must be a URL")),
  ADMIN_URL: optional(z.url("must be a URL")),
});

export type StartEnv = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Validates the variables `npm start` reads; throws EnvError listing every problem at once. */
export function parseEnv(env: NodeJS.ProcessEnv = process.env): StartEnv {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "env"} ${issue.message}`),
    );
  }
  const parsed = result.data;
  if (parsed.MIGRATION_DATABASE_URL && !parsed.DATABASE_URL) {
    throw new EnvError([
      "MIGRATION_DATABASE_URL is set but DATABASE_URL is not: set DATABASE_URL to the apps' role on the same database, or unset both to use the embedded Postgres",
    ]);
  }
  if (parsed.MIGRATION_DATABASE_URL && parsed.DATABASE_URL) {
    // The same server however it is named on this machine.
    const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
    const where = (url: string) => {
      const u = new URL(url);
      const host = LOOPBACK.has(u.hostname) ? "localhost" : u.hostname;
      return `${host}:${u.port || "5432"}${u.pathname}`;
    };
    if (where(parsed.MIGRATION_DATABASE_URL) !== where(parsed.DATABASE_URL)) {
      throw new EnvError([
        `MIGRATION_DATABASE_URL and DATABASE_URL name different databases (${where(parsed.MIGRATION_DATABASE_URL)} and ${where(parsed.DATABASE_URL)}); they must differ only in the role they sign in as`,
      ]);
    }
  }
  if (parsed.WEB_PORT === parsed.ADMIN_PORT) {
    throw new EnvError([`WEB_PORT and ADMIN_PORT are both ${parsed.WEB_PORT}; they must differ`]);
  }
  return parsed;
}
