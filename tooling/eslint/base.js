import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Shared by every package: TypeScript rules, and env read only where it is validated. */
export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/.next/**", "**/dist/**", "**/generated/**", "**/.turbo/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "warn",
        { prefer: "type-imports", fixStyle: "inline-type-imports" },
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "Read configuration from the validated env module (env.ts) instead.",
        },
      ],
    },
  },
  {
    // The places that validate env, and tests and scripts that set it up.
    files: [
      "**/env.ts",
      "**/scripts/**",
      "**/*.test.ts",
      "**/testing/**",
      "**/*.config.ts",
      "**/*.config.mjs",
    ],
    rules: { "no-restricted-properties": "off" },
  },
);
