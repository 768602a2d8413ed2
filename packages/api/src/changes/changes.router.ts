import { publicProcedure, router } from "../trpc";
import { changesSinceInput, changesSinceOutput } from "./changes.schema";
import { changesSince } from "./changes.service";

export const changesRouter = router({
  /** What was published, updated, unpublished or deleted after the cursor: for mirrors. */
  since: publicProcedure
    .input(changesSinceInput)
    .output(changesSinceOutput)
    .query(({ ctx, input }) => changesSince(ctx.db, input)),
});
