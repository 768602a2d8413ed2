// `@kz/api/rest`: the plain REST reads, their OpenAPI document, and the HTTP caching every public
// read shares (the /data downloads too). Server-side.
export * from "./handler";
export * from "./http";
export * from "./openapi";
export { REST_BASE, REST_ROUTES, matchRoute, type RestRoute } from "./routes";
export { inputFromQuery, QueryError } from "./query";
export { serveLocally, type LocalServer } from "./node-http";
