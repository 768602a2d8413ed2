import base from "@kz/eslint-config/base";

// The bench harness sets up the apps' environment itself.
export default [...base, { rules: { "no-restricted-properties": "off" } }];
