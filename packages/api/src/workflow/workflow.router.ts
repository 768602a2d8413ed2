import { committed } from "../cache/revalidate";
import { editorOf } from "../shared/editor";
import { adminProcedure, contributorProcedure, editorProcedure } from "../trpc";
import {
  bulkTransition,
  createRecord,
  purgeRecord,
  transition,
  updateRecord,
  type WorkflowKind,
} from "./engine";
import type { WorkflowAction } from "./transitions";
import {
  bulkActionInput,
  bulkResultOutput,
  scheduleInput,
  workflowActionInput,
  workflowResultOutput,
} from "./workflow.schema";
import { z } from "zod";

type Saved = { id: string; expectedVersion: number };

/**
 * A collection's editing procedures, each at the tier of the role table: contributors create and
 * save drafts, submit them and discard their changes; editors review, publish, unpublish, archive,
 * schedule, bulk-act and move to and from the trash; admins purge. The form's schemas are the
 * collection's own: the same ones validate its admin form.
 */
export function collectionProcedures<
  Data extends object,
  Form extends { changeNote?: string },
  // The schemas themselves, not ZodType<Form>: the client infers each procedure's input from them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Create extends z.ZodType<Form, any>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Update extends z.ZodType<Form & Saved, any>,
>(kind: WorkflowKind<Data, Form>, inputs: { create: Create; update: Update }) {
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
    create: contributorProcedure
      .input(inputs.create)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, createRecord(ctx.db, kind, input as Form, editorOf(ctx))),
      ),
    update: contributorProcedure
      .input(inputs.update)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, updateRecord(ctx.db, kind, input as Form & Saved, editorOf(ctx))),
      ),
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
        committed(ctx, purgeRecord(ctx.db, kind, input, editorOf(ctx))),
      ),
  };
}
