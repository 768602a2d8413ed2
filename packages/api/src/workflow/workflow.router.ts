import type { Db } from "@kz/db";

import { committed } from "../cache/revalidate";
import { draftReaderProcedure } from "../shared/draft-reader";
import { COLLECTION_ACCESS } from "../security/roles";
import { editorOf, type Editor } from "../shared/editor";
import { adminProcedure, contributorProcedure, editorProcedure } from "../trpc";
import {
  bulkTransition,
  createRecord,
  purgeRecord,
  transition,
  updateRecord,
  type WorkflowKind,
} from "./engine";
import { publishRecord } from "./publish-linked";
import type { WorkflowAction } from "./transitions";
import {
  bulkActionInput,
  bulkResultOutput,
  publishInput,
  scheduleInput,
  workflowActionInput,
  workflowResultOutput,
  byIdInput,
  type ByIdInput,
} from "./workflow.schema";
import { z } from "zod";

type Saved = { id: string; expectedVersion: number };

/** The base procedure of each access level COLLECTION_ACCESS uses. */
const BASE = {
  contributor: contributorProcedure,
  editor: editorProcedure,
  admin: adminProcedure,
} as const;
/** The base procedure a collection procedure is declared at in COLLECTION_ACCESS. */
export const tier = <P extends keyof typeof COLLECTION_ACCESS>(procedure: P) =>
  BASE[COLLECTION_ACCESS[procedure]] as (typeof BASE)[(typeof COLLECTION_ACCESS)[P]];

/** How a collection's admin reads: its list (input, output, read) and a record opened for editing. */
// The schemas themselves, not ZodType<…>: the client infers each procedure's types from them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = z.ZodType<any, any>;
interface AdminReads<ListIn extends Schema, ListOut extends Schema, EditOut extends Schema> {
  list: {
    input: ListIn;
    output: ListOut;
    read: (db: Db, input: z.output<ListIn>) => Promise<z.input<ListOut>>;
  };
  /** Opening a record for editing; `editor` is who opens it (an actor's read audits it). */
  getForEdit: {
    output: EditOut;
    read: (db: Db, input: ByIdInput, editor: Editor) => Promise<z.input<EditOut>>;
  };
}

/**
 * A collection's admin reads — its list and a record opened for editing, drafts included (a
 * session, or a token with read:drafts) — and its editing procedures (below).
 */
export function collectionAdmin<
  Data extends object,
  Form extends { changeNote?: string },
  Create extends z.ZodType<Form, any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  Update extends z.ZodType<Form & Saved, any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  ListIn extends Schema,
  ListOut extends Schema,
  EditOut extends Schema,
>(
  kind: WorkflowKind<Data, Form>,
  config: { create: Create; update: Update } & AdminReads<ListIn, ListOut, EditOut>,
) {
  // TypeScript cannot relate tRPC's view of a generic schema to zod's, so the two reads are cast
  // here; AdminReads checks each read against its schemas where a collection declares them, and
  // the schemas still parse every input and output.
  return {
    list: draftReaderProcedure
      .input(config.list.input)
      .output(config.list.output)
      .query(({ ctx, input }) => config.list.read(ctx.db, input as z.output<ListIn>) as never),
    getForEdit: draftReaderProcedure
      .input(byIdInput)
      .output(config.getForEdit.output)
      .query(({ ctx, input }) => config.getForEdit.read(ctx.db, input, editorOf(ctx)) as never),
    ...collectionProcedures(kind, config),
  };
}

/**
 * A collection's editing procedures, each on the base procedure of its level in COLLECTION_ACCESS
 * (security/roles.ts): contributors create and save drafts, submit them and discard their changes;
 * editors review, publish, unpublish, archive, schedule, bulk-act and move to and from the trash;
 * admins purge. The form's schemas are the collection's own: the same ones validate its admin form.
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
  const action = (name: Exclude<WorkflowAction, "schedule">) =>
    tier(name)
      .input(workflowActionInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, transition(ctx.db, kind, input, editorOf(ctx), name)),
      );
  return {
    create: tier("create")
      .input(inputs.create)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, createRecord(ctx.db, kind, input as Form, editorOf(ctx))),
      ),
    update: tier("update")
      .input(inputs.update)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, updateRecord(ctx.db, kind, input as Form & Saved, editorOf(ctx))),
      ),
    submit: action("submit"),
    discardChanges: action("discardChanges"),
    requestChanges: action("requestChanges"),
    publish: tier("publish")
      .input(publishInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, publishRecord(ctx.db, kind, input, editorOf(ctx))),
      ),
    unpublish: action("unpublish"),
    archive: action("archive"),
    trash: action("trash"),
    restore: action("restore"),
    schedule: tier("schedule")
      .input(scheduleInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, transition(ctx.db, kind, input, editorOf(ctx), "schedule")),
      ),
    bulk: tier("bulk")
      .input(bulkActionInput)
      .output(bulkResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, bulkTransition(ctx.db, kind, input, editorOf(ctx))),
      ),
    purge: tier("purge")
      .input(workflowActionInput)
      .output(z.object({ id: z.string(), purged: z.literal(true) }))
      .mutation(({ ctx, input }) =>
        committed(ctx, purgeRecord(ctx.db, kind, input, editorOf(ctx))),
      ),
  };
}
