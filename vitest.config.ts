import { defineConfig } from "vitest/config";

// Test tiers by file suffix: `*.test.ts` is a unit test, `*.int.test.ts` talks to a real Postgres,
// `*.fault.test.ts` breaks a Postgres of its own under the built apps (run after the build).
const sources = ["packages/*/src/**", "apps/*/src/**", "scripts/**", "bench/src/**"];
const ignored = ["**/node_modules/**", "**/.next/**", "**/generated/**"];

export default defineConfig({
  test: {
    projects: [
      {
        // Next apps' tsconfig leaves JSX to Next ("preserve"): tests of their components compile it here.
        oxc: { jsx: { runtime: "automatic" } },
        test: {
          name: "unit",
          include: sources.map((s) => `${s}/*.test.{ts,tsx}`),
          exclude: [...ignored, "**/*.int.test.ts", "**/*.fault.test.ts"],
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
      {
        test: {
          name: "faults",
          include: ["scripts/faults/*.fault.test.ts"],
          exclude: ignored,
          // Each file runs its own Postgres and both apps, and times their answers: one at a time.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
