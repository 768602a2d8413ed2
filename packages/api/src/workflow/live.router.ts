import { z } from "zod";

import { committed } from "../cache/revalidate";
import { editorOf } from "../shared/editor";
import { adminProcedure, editorProcedure } from "../trpc";
import { purgeLive, restoreLive, trashLive, type LiveKind } from "./live-record";
import { workflowActionInput } from "./workflow.schema";

const liveResult = z.object({ id: z.string(), version: z.number().int(), deleted: z.boolean() });

/** Trash, restore (editors) and purge (admins) for actors and places. */
export function liveTrashProcedures<Data extends object>(kind: LiveKind<Data>) {
  return {
    trash: editorProcedure
      .input(workflowActionInput)
      .output(liveResult)
      .mutation(({ ctx, input }) => committed(ctx, trashLive(ctx.db, kind, input, editorOf(ctx)))),
    restore: editorProcedure
      .input(workflowActionInput)
      .output(liveResult)
      .mutation(({ ctx, input }) =>
        committed(ctx, restoreLive(ctx.db, kind, input, editorOf(ctx))),
      ),
    purge: adminProcedure
      .input(workflowActionInput)
      .output(z.object({ id: z.string(), purged: z.literal(true) }))
      .mutation(({ ctx, input }) => committed(ctx, purgeLive(ctx.db, kind, input, editorOf(ctx)))),
  };
}
