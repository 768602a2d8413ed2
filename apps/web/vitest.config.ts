import { defineConfig } from "vitest/config";

export default defineConfig({
  // The app's tsconfig leaves JSX to Next ("preserve"): tests of components compile it here.
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
