import base from "@kz/eslint-config/base";

// build/ holds scripts/build.ts's copy of the sources and the generated router types.
export default [{ ignores: ["build/**"] }, ...base];
