import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

/** The admin's configuration, validated once; nothing else reads process.env. */
export const env = createEnv({
  server: {
    DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
    AUTH_SECRET: z
      .string()
      .min(32, "AUTH_SECRET must be at least 32 characters (npm start generates one)"),
    // Shared with the public site: authenticates cache revalidation after a publish, and signs
    // draft-preview links. Optional in development; without it the public site updates within
    // its cache lifetime instead of at once, and previews are unavailable.
    REVALIDATE_SECRET: z.string().min(32).optional(),
    // Behind a reverse proxy that sets X-Forwarded-For, set to 1 to record the client's address.
    TRUST_PROXY: z.enum(["0", "1"]).default("0"),
    PUBLIC_SITE_URL: z.url().default("http://localhost:3000"),
    ADMIN_URL: z.url().default("http://localhost:3001"),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  },
  experimental__runtimeEnv: {},
  skipValidation: process.env.SKIP_ENV_VALIDATION === "1",
  emptyStringAsUndefined: true,
});
