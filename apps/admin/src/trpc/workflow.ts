"use client";

import type {
  BulkActionInput,
  BulkResultOutput,
  ScheduleInput,
  WorkflowActionInput,
  WorkflowResultOutput,
} from "@kz/api/schemas";

import type { WorkflowKind } from "../lib/kinds";
import type { useTRPCClient } from "./react";

type Client = ReturnType<typeof useTRPCClient>;

export type WorkflowAction =
  | "submit"
  | "requestChanges"
  | "publish"
  | "unpublish"
  | "archive"
  | "discardChanges"
  | "trash"
  | "restore";

/**
 * The workflow procedures of one kind of record (events, sources, topics and ratings share them), so
 * lists and edit pages act on any kind through one set of calls.
 */
export function workflowApi(client: Client, kind: WorkflowKind) {
  const admin = client[kind].admin;
  return {
    act: (action: WorkflowAction, input: WorkflowActionInput): Promise<WorkflowResultOutput> =>
      admin[action].mutate(input),
    schedule: (input: ScheduleInput): Promise<WorkflowResultOutput> => admin.schedule.mutate(input),
    bulk: (input: BulkActionInput): Promise<BulkResultOutput> => admin.bulk.mutate(input),
    purge: (input: WorkflowActionInput) => admin.purge.mutate(input),
  };
}

/** Trash, restore and purge for actors and places, which have no other workflow. */
export function liveApi(client: Client, kind: "actor" | "place") {
  const admin = client[kind].admin;
  return {
    trash: (input: WorkflowActionInput) => admin.trash.mutate(input),
    restore: (input: WorkflowActionInput) => admin.restore.mutate(input),
    purge: (input: WorkflowActionInput) => admin.purge.mutate(input),
  };
}
