import { z } from "zod";

import { router } from "../trpc";
import { tier } from "../workflow/workflow.router";
import { presenceHeartbeatInput, presenceOutput, presenceTarget } from "./presence.schema";
import { heartbeat, leave } from "./presence.service";

// Who may edit a record may say they are editing it: the same level as saving one.
const editing = tier("update");

export const presenceRouter = router({
  heartbeat: editing
    .meta({
      docs: {
        summary:
          "Says this tab has a record's edit page open (every ~10 s): takes the soft lock when it is free or when `takeOver` is set, and answers who holds it and who else is there.",
        details:
          "The admin's own edit pages call this; a tab not heard from for 45 s is gone and its lock free. The lock is advice to people: a save made from an old version is still refused as a conflict.",
        example: { entityType: "EVENT", id: "<an event's id>", tab: "5f3a9c0e7b21d4a8" },
      },
    })
    .input(presenceHeartbeatInput)
    .output(presenceOutput)
    .mutation(({ ctx, input }) => heartbeat(ctx.db, ctx.user.id, input)),
  leave: editing
    .meta({
      docs: {
        summary: "Says this tab has closed a record's edit page: its lock, if held, is free.",
      },
    })
    .input(presenceTarget)
    .output(z.void())
    .mutation(({ ctx, input }) => leave(ctx.db, ctx.user.id, input)),
});
