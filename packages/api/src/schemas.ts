// Zod schemas only: safe to import from client components (admin forms) without server code.
export * from "./shared/common.schema";
export * from "./auth/auth.schema";
export * from "./event/event.schema";
export * from "./event/event.facets.schema";
export * from "./rating/rating.schema";
export * from "./source/source.schema";
export * from "./topic/topic.schema";
export * from "./actor/actor.schema";
export * from "./place/place.schema";
export * from "./case/case.schema";
export * from "./search/search.schema";
export * from "./user/user.schema";
export * from "./audit/audit.schema";
export * from "./token/token.schema";
export * from "./changes/changes.schema";
// The admin's content forms and workflow (one schema per form, shared with react-hook-form).
export * from "./workflow/workflow.schema";
export * from "./workflow/review.schema";
export * from "./shared/admin.schema";
export * from "./event/event.admin.schema";
export * from "./source/source.admin.schema";
export * from "./source/source-health.schema";
export * from "./revision/public-history.schema";
export * from "./topic/topic.admin.schema";
export * from "./rating/rating.admin.schema";
export * from "./actor/actor.admin.schema";
export * from "./place/place.admin.schema";
export * from "./revision/revision.schema";
export * from "./preview/preview.schema";
export * from "./dashboard/dashboard.schema";
export * from "./translation/translation.schema";
export * from "./cache/tags";
// Pure: the admin previews the slug a save will make from a title.
export { slugify, MAX_SLUG_LENGTH } from "./shared/slug";
// A type only (erased): what can happen to a record besides saving it.
export type { WorkflowAction } from "./workflow/transitions";
