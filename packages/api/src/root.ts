import { dashboardRouter } from "./dashboard/dashboard.router";
import { eventRouter } from "./event/event.router";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  event: eventRouter,
  dashboard: dashboardRouter,
});

export type AppRouter = typeof appRouter;

/** Server-side caller for server components and tests: same procedures, no HTTP. */
export const createCaller = createCallerFactory(appRouter);
