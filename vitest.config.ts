import { defineConfig } from "vitest/config";

// Test tiers by file suffix: `*.test.ts` is a unit test, `*.int.test.ts` talks to a real Postgres.
const sources = ["packages/*/src/**", "apps/*/src/**", "scripts/**", "bench/src/**"];
const ignored = ["**/node_modules/**", "**/.next/**", "**/generated/**"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: sources.map((s) => `${s}/*.test.{ts,tsx}`),
          exclude: [...ignored, "**/*.int.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: sources.map((s) => `${s}/*.int.test.ts`),
          exclude: ignored,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
