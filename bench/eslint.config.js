import base from "@kz/eslint-config/base";

// The bench harness sets up the apps' environment itself. The static Next.js baseline it writes
// (.static-next) and its results are output, not source.
export default [
  { ignores: [".static-next/**", "results/**"] },
  ...base,
  { rules: { "no-restricted-properties": "off" } },
];
