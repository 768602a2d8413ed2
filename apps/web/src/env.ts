import { createEnv } from "@t3-oss/env-nextjs";
import { apiLimitsEnv } from "@kz/api/config";
import { databaseEnv } from "@kz/db/config";
import { z } from "zod";

/** The public site's configuration, validated once; nothing else reads process.env. */
export const env = createEnv({
  server: {
    // DATABASE_URL and DATABASE_STATEMENT_TIMEOUT_MS (see @kz/db/config).
    ...databaseEnv,
    // Without a trailing slash, so "${PUBLIC_SITE_URL}/events/…" is always one slash.
    PUBLIC_SITE_URL: z
      .url()
      .default("http://localhost:3000")
      .transform((url) => url.replace(/\/+$/, "")),
    // The admin's address, named to a program that sends an API token to the public site's API.
    ADMIN_URL: z.url().optional(),
    // Optional so the site runs without an admin; POST /api/revalidate answers 503 until it is set.
    REVALIDATE_SECRET: z
      .string()
      .min(32, { message: "REVALIDATE_SECRET must be at least 32 characters" })
      .optional(),
    // Verifies the admin's draft-preview links; without it previews are unavailable. Not the
    // revalidation secret: each secret does one job (SECURITY.md).
    PREVIEW_SECRET: z
      .string()
      .min(32, { message: "PREVIEW_SECRET must be at least 32 characters" })
      .optional(),
    // "postgres": the data cache and its revalidations are shared with the site's other instances
    // through the database (packages/next-cache, docs/scaling.md). Read by next.config.ts at
    // `next start`; validated here so a misspelt value stops the server instead of being ignored.
    SHARED_CACHE: z.enum(["memory", "postgres"]).default("memory"),
    // TRUST_PROXY, the API's rate limits and batch size (see @kz/api/config and docs/api.md).
    ...apiLimitsEnv,
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  experimental__runtimeEnv: {},
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  emptyStringAsUndefined: true,
});
