"use client";

import type {
  BulkActionInput,
  BulkResultOutput,
  PublishInput,
  ScheduleInput,
  SubmitInput,
  WorkflowAction as AnyWorkflowAction,
  WorkflowActionInput,
  WorkflowResultOutput,
} from "@kz/api/schemas";

import type { Kind } from "../lib/kinds";
import type { useTRPCClient } from "./react";

type Client = ReturnType<typeof useTRPCClient>;

/** The actions with a procedure of their own (scheduling takes a time: `schedule`). */
export type WorkflowAction = Exclude<AnyWorkflowAction, "schedule">;

/**
 * The workflow procedures of one kind of record (every collection shares them), so lists and edit
 * pages act on any kind through one set of calls.
 */
export function workflowApi(client: Client, kind: Kind) {
  const admin = client[kind].admin;
  return {
    act: (action: WorkflowAction, input: WorkflowActionInput): Promise<WorkflowResultOutput> =>
      admin[action].mutate(input),
    /** Submit for review, to `reviewerId` or any editor. */
    submit: (input: SubmitInput): Promise<WorkflowResultOutput> => admin.submit.mutate(input),
    /** Publish, with the unpublished records it links to when `withLinkedRecords`. */
    publish: (input: PublishInput): Promise<WorkflowResultOutput> => admin.publish.mutate(input),
    schedule: (input: ScheduleInput): Promise<WorkflowResultOutput> => admin.schedule.mutate(input),
    bulk: (input: BulkActionInput): Promise<BulkResultOutput> => admin.bulk.mutate(input),
    purge: (input: WorkflowActionInput) => admin.purge.mutate(input),
  };
}
