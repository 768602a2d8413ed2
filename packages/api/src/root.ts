import { actorRouter } from "./actor/actor.router";
import { auditRouter } from "./audit/audit.router";
import { changesRouter } from "./changes/changes.router";
import { dashboardRouter } from "./dashboard/dashboard.router";
import { eventRouter } from "./event/event.router";
import { placeRouter } from "./place/place.router";
import { previewRouter } from "./preview/preview.router";
import { ratingRouter } from "./rating/rating.router";
import { revisionRouter } from "./revision/revision.router";
import { searchRouter } from "./search/search.router";
import { sourceRouter } from "./source/source.router";
import { tokenRouter } from "./token/token.router";
import { topicRouter } from "./topic/topic.router";
import { createCallerFactory, router } from "./trpc";
import { meRouter, userRouter } from "./user/user.router";

export const appRouter = router({
  event: eventRouter,
  rating: ratingRouter,
  source: sourceRouter,
  topic: topicRouter,
  actor: actorRouter,
  place: placeRouter,
  search: searchRouter,
  dashboard: dashboardRouter,
  user: userRouter,
  me: meRouter,
  audit: auditRouter,
  token: tokenRouter,
  revision: revisionRouter,
  preview: previewRouter,
  changes: changesRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller for server components and tests: same procedures, no HTTP. */
export const createCaller = createCallerFactory(appRouter);
