// Zod schemas only: safe to import from client components (admin forms) without server code.
export * from "./shared/common.schema";
export * from "./auth/auth.schema";
export * from "./event/event.schema";
export * from "./rating/rating.schema";
export * from "./source/source.schema";
export * from "./topic/topic.schema";
export * from "./actor/actor.schema";
export * from "./place/place.schema";
export * from "./search/search.schema";
