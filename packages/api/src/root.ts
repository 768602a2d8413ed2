import { actorRouter } from "./actor/actor.router";
import { dashboardRouter } from "./dashboard/dashboard.router";
import { eventRouter } from "./event/event.router";
import { placeRouter } from "./place/place.router";
import { ratingRouter } from "./rating/rating.router";
import { searchRouter } from "./search/search.router";
import { sourceRouter } from "./source/source.router";
import { topicRouter } from "./topic/topic.router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  event: eventRouter,
  rating: ratingRouter,
  source: sourceRouter,
  topic: topicRouter,
  actor: actorRouter,
  place: placeRouter,
  search: searchRouter,
  dashboard: dashboardRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller for server components and tests: same procedures, no HTTP. */
export const createCaller = createCallerFactory(appRouter);
