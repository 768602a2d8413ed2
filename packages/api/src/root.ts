import { auditRouter } from "./audit/audit.router";
import { collectionRouters } from "./collections/server";
import { changesRouter } from "./changes/changes.router";
import { dashboardRouter } from "./dashboard/dashboard.router";
import { presenceRouter } from "./presence/presence.router";
import { previewRouter } from "./preview/preview.router";
import { revisionRouter } from "./revision/revision.router";
import { searchRouter } from "./search/search.router";
import { tokenRouter } from "./token/token.router";
import { translationRouter } from "./translation/translation.router";
import { createCallerFactory, registerProcedureInputs, router } from "./trpc";
import { meRouter, userRouter } from "./user/user.router";
import { reviewRouter } from "./workflow/review.router";

export const appRouter = router({
  ...collectionRouters(),
  search: searchRouter,
  dashboard: dashboardRouter,
  user: userRouter,
  me: meRouter,
  audit: auditRouter,
  token: tokenRouter,
  revision: revisionRouter,
  preview: previewRouter,
  presence: presenceRouter,
  changes: changesRouter,
  translation: translationRouter,
  review: reviewRouter,
});

registerProcedureInputs(appRouter._def.procedures);

export type AppRouter = typeof appRouter;

/** Server-side caller for server components and tests: same procedures, no HTTP. */
export const createCaller = createCallerFactory(appRouter);
