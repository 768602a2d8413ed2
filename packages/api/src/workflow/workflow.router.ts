import { committed } from "../cache/revalidate";
import { editorOf } from "../shared/editor";
import type { Tx } from "../shared/tx";
import { adminProcedure, contributorProcedure, editorProcedure } from "../trpc";
import { bulkTransition, purgeRecord, transition, type WorkflowKind } from "./engine";
import type { WorkflowAction } from "./transitions";
import {
  bulkActionInput,
  bulkResultOutput,
  scheduleInput,
  workflowActionInput,
  workflowResultOutput,
} from "./workflow.schema";
import { z } from "zod";

/**
 * The workflow procedures of an editable domain, each at the tier of the role table: contributors
 * submit and discard their changes; editors review, publish, unpublish, archive, schedule, bulk-act
 * and move to and from the trash; admins purge.
 */
export function workflowProcedures<Data extends object>(
  kind: WorkflowKind<Data>,
  remove: (tx: Tx, id: string) => Promise<void>,
) {
  const action = (
    tier: typeof contributorProcedure | typeof editorProcedure,
    name: Exclude<WorkflowAction, "schedule">,
  ) =>
    tier
      .input(workflowActionInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, transition(ctx.db, kind, input, editorOf(ctx), name)),
      );
  return {
    submit: action(contributorProcedure, "submit"),
    discardChanges: action(contributorProcedure, "discardChanges"),
    requestChanges: action(editorProcedure, "requestChanges"),
    publish: action(editorProcedure, "publish"),
    unpublish: action(editorProcedure, "unpublish"),
    archive: action(editorProcedure, "archive"),
    trash: action(editorProcedure, "trash"),
    restore: action(editorProcedure, "restore"),
    schedule: editorProcedure
      .input(scheduleInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, transition(ctx.db, kind, input, editorOf(ctx), "schedule")),
      ),
    bulk: editorProcedure
      .input(bulkActionInput)
      .output(bulkResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, bulkTransition(ctx.db, kind, input, editorOf(ctx))),
      ),
    purge: adminProcedure
      .input(workflowActionInput)
      .output(z.object({ id: z.string(), purged: z.literal(true) }))
      .mutation(({ ctx, input }) =>
        committed(ctx, purgeRecord(ctx.db, kind, input, editorOf(ctx), remove)),
      ),
  };
}
