import type { Db } from "@kz/db";

import { committed, type Mutation } from "../cache/revalidate";
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
import { requestChanges, submitForReview } from "./review";
import { submitInput } from "./review.schema";
import type { WorkflowAction } from "./transitions";
import {
  bulkActionInput,
  bulkResultOutput,
  publishInput,
  scheduleInput,
  workflowActionInput,
  workflowResultOutput,
  type WorkflowResultOutput,
  byIdInput,
  savedRecordInput,
  type ByIdInput,
} from "./workflow.schema";
import { z } from "zod";

type Saved = { id: string; expectedVersion: number; autosave?: boolean };

/** The base procedure of each access level COLLECTION_ACCESS uses. */
const BASE = {
  contributor: contributorProcedure,
  editor: editorProcedure,
  admin: adminProcedure,
} as const;
/** The base procedure a collection procedure is declared at in COLLECTION_ACCESS. */
export const tier = <P extends keyof typeof COLLECTION_ACCESS>(procedure: P) =>
  BASE[COLLECTION_ACCESS[procedure]] as (typeof BASE)[(typeof COLLECTION_ACCESS)[P]];

// The schemas themselves, not ZodType<…>: the client infers each procedure's types from them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = z.ZodType<any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type FormSchema = z.ZodObject<any>;
/** A form saved over a stored record: the form's fields, the record's id and the version it was opened at. */
type UpdateOf<F extends FormSchema> = z.ZodObject<F["shape"] & typeof savedRecordInput>;

/**
 * What the admin API of a collection is made of, declared once beside its admin reads: its workflow
 * kind, its form (which creates a record, and with the record's id and version saves one), its list
 * (input, output, read) and a record opened for editing (`editor` is who opens it: an actor's read
 * audits it).
 */
export interface AdminApi<
  Data extends object,
  Form extends FormSchema,
  ListIn extends Schema,
  ListOut extends Schema,
  EditOut extends Schema,
> {
  kind: WorkflowKind<Data, z.output<Form>>;
  form: Form;
  list: {
    input: ListIn;
    output: ListOut;
    read: (db: Db, input: z.output<ListIn>) => Promise<z.input<ListOut>>;
  };
  getForEdit: {
    output: EditOut;
    read: (db: Db, input: ByIdInput, editor: Editor) => Promise<z.input<EditOut>>;
  };
}

/** A collection's AdminApi, checked against its schemas where it is declared, with its exact types. */
export const adminApi = <
  Data extends object,
  Form extends FormSchema,
  ListIn extends Schema,
  ListOut extends Schema,
  EditOut extends Schema,
>(
  kind: AdminApi<Data, Form, ListIn, ListOut, EditOut>["kind"],
  form: Form,
  reads: Pick<AdminApi<Data, Form, ListIn, ListOut, EditOut>, "list" | "getForEdit">,
): AdminApi<Data, Form, ListIn, ListOut, EditOut> => ({ kind, form, ...reads });

/**
 * A collection's admin reads — its list and a record opened for editing, drafts included (a
 * session, or a token with read:drafts) — and its editing procedures (below).
 */
export function collectionAdmin<
  Data extends object,
  Form extends FormSchema,
  ListIn extends Schema,
  ListOut extends Schema,
  EditOut extends Schema,
>(api: AdminApi<Data, Form, ListIn, ListOut, EditOut>) {
  // TypeScript cannot relate tRPC's view of a generic schema to zod's, so the two reads are cast
  // here; adminApi checks each read against its schemas where a collection declares them, and
  // the schemas still parse every input and output.
  return {
    list: draftReaderProcedure
      .input(api.list.input)
      .output(api.list.output)
      .query(({ ctx, input }) => api.list.read(ctx.db, input as z.output<ListIn>) as never),
    getForEdit: draftReaderProcedure
      .input(byIdInput)
      .output(api.getForEdit.output)
      .query(({ ctx, input }) => api.getForEdit.read(ctx.db, input, editorOf(ctx)) as never),
    ...collectionProcedures(api.kind, {
      create: api.form,
      update: api.form.extend(savedRecordInput) as UpdateOf<Form>,
    }),
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
  Create extends Schema,
  Update extends Schema,
>(kind: WorkflowKind<Data, Form>, inputs: { create: Create; update: Update }) {
  const action = (name: Exclude<WorkflowAction, "schedule">) =>
    tier(name)
      .input(workflowActionInput)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, transition(ctx.db, kind, input, editorOf(ctx), name)),
      );
  /** A step of review whose service takes the input as `schema` parses it. */
  const reviewStep = <I extends Schema>(
    name: "submit" | "requestChanges" | "publish",
    schema: I,
    run: (
      db: Db,
      kind: WorkflowKind<Data, Form>,
      input: z.output<I>,
      editor: Editor,
    ) => Promise<Mutation<WorkflowResultOutput>>,
  ) =>
    tier(name)
      .input(schema)
      .output(workflowResultOutput)
      .mutation(({ ctx, input }) =>
        committed(ctx, run(ctx.db, kind, input as z.output<I>, editorOf(ctx))),
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
    submit: reviewStep("submit", submitInput, submitForReview),
    discardChanges: action("discardChanges"),
    requestChanges: reviewStep("requestChanges", workflowActionInput, requestChanges),
    publish: reviewStep("publish", publishInput, publishRecord),
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
      .meta({ sensitive: true })
      .input(workflowActionInput)
      .output(z.object({ id: z.string(), purged: z.literal(true) }))
      .mutation(({ ctx, input }) =>
        committed(ctx, purgeRecord(ctx.db, kind, input, editorOf(ctx))),
      ),
  };
}
