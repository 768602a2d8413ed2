import { createEnv } from "@t3-oss/env-nextjs";
import { twoFactorEnv } from "@kz/api/auth-config";
import { apiLimitsEnv } from "@kz/api/config";
import { databaseEnv } from "@kz/db/config";
import { z } from "zod";

/** The admin's configuration, validated once; nothing else reads process.env. */
export const env = createEnv({
  server: {
    // DATABASE_URL and DATABASE_STATEMENT_TIMEOUT_MS (see @kz/db/config).
    ...databaseEnv,
    AUTH_SECRET: z
      .string()
      .min(32, "AUTH_SECRET must be at least 32 characters (npm start generates one)"),
    // Shared with the public site: authenticates cache revalidation after a publish. Optional in
    // development; without it the public site updates within its cache lifetime instead of at once.
    REVALIDATE_SECRET: z
      .string()
      .min(32, "REVALIDATE_SECRET must be at least 32 characters")
      .optional(),
    // Shared with the public site: signs draft-preview links. A secret of its own, so a leaked
    // revalidation bearer (sent on every publish) cannot forge previews of drafts, nor the reverse.
    // Optional in development; without it previews are unavailable.
    PREVIEW_SECRET: z.string().min(32, "PREVIEW_SECRET must be at least 32 characters").optional(),
    // TRUST_PROXY, the API's rate limits and batch size (see @kz/api/config and docs/api.md).
    ...apiLimitsEnv,
    // REQUIRE_2FA_ROLES (default ADMIN,EDITOR) and REQUIRE_2FA_GRACE_SIGN_INS (default 3).
    ...twoFactorEnv,
    // Without a trailing slash, so "${PUBLIC_SITE_URL}/events/…" is always one slash.
    PUBLIC_SITE_URL: z
      .url()
      .default("http://localhost:3000")
      .transform((url) => url.replace(/\/+$/, "")),
    ADMIN_URL: z.url().default("http://localhost:3001"),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  experimental__runtimeEnv: {},
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  emptyStringAsUndefined: true,
});
