// `@kz/api/docs`: what the API documentation says, for docs/api.md and the public /api page.
// Client-safe: zod only.
export * from "./catalog";
export * from "./examples";
export * from "./json-schema";
