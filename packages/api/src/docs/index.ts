// `@kz/api/docs`: what the API documentation says, for docs/api.md and the public /api page.
// Server-side: who may call each procedure is read from the router.
export * from "./catalog";
export * from "./examples";
export * from "./json-schema";
