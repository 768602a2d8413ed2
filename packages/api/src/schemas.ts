// Zod schemas only: safe to import from client components (admin forms) without server code.
export * from "./auth/auth.schema";
export * from "./event/event.schema";
