import { defineConfig } from "@playwright/test";

import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium";
import { ADMIN_PORT, ADMIN_URL, WEB_PORT, WEB_URL } from "./ports";
import { E2E_SECRETS } from "./secrets";

const databaseUrl = process.env.E2E_DATABASE_URL;
if (!databaseUrl)
  throw new Error(
    "Run the e2e suite with `npm run test -w @kz/e2e` (run.ts prepares the database)",
  );

const appEnv = {
  DATABASE_URL: databaseUrl,
  ...E2E_SECRETS,
  PUBLIC_SITE_URL: WEB_URL,
  ADMIN_URL,
  NEXTAUTH_URL: ADMIN_URL,
  // Its users sign in with a password alone (SECURITY.md, two-factor policy); a test of the policy
  // requires it of its own user (user.update twoFactorRequired).
  REQUIRE_2FA_ROLES: "none",
  // The worker-wide admin session (fixtures/admin-api.ts) makes tokens and changes roles long after
  // it signed in: no re-authentication within a run. reauth.spec.ts ages its own session instead.
  REAUTH_MAX_AGE_SECONDS: "86400",
  NODE_ENV: "production",
};

// Relative to each webServer's cwd (apps/web, apps/admin): the root node_modules.
const nextBin = "../../node_modules/next/dist/bin/next";

export default defineConfig({
  testDir: "./tests",
  // Budgets for a busy 2-core machine (two `next start` servers, Postgres, Chromium and 2 workers
  // drive the load to ~14 on their own): a test of one or two page loads takes 1–15 s there, so
  // 90 s leaves it more than half its budget. A journey through several pages or sessions says so
  // with `test.slow()` (3×), and each axe scan adds 60 s (fixtures/wcag.ts). A locator waits up to
  // 15 s for the state it expects, never for a time.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: "test-results/results.json" }]]
    : "list",
  use: {
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  projects: [
    { name: "web", testMatch: /web\/.*\.spec\.ts/, use: { baseURL: WEB_URL } },
    { name: "admin", testMatch: /admin\/.*\.spec\.ts/, use: { baseURL: ADMIN_URL } },
  ],
  // Sockets kept open longer than Playwright's request client keeps an idle one: with Node's 5 s
  // default the server could close a socket just as a request went out on it (ECONNRESET).
  webServer: [
    {
      command: `node ${nextBin} start --port ${WEB_PORT} --keepAliveTimeout 65000`,
      cwd: "../apps/web",
      url: `${WEB_URL}/`,
      env: appEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node ${nextBin} start --port ${ADMIN_PORT} --keepAliveTimeout 65000`,
      cwd: "../apps/admin",
      url: `${ADMIN_URL}/login`,
      env: appEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
