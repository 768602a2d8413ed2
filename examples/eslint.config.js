import base from "@kz/eslint-config/base";

// Example programs read their settings from the environment, as any script would.
export default [...base, { rules: { "no-restricted-properties": "off" } }];
