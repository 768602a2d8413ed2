import type { WorkflowStatus } from "@kz/api/schemas";

import type { Abilities } from "./roles";

export type BarAction =
  | "submit"
  | "requestChanges"
  | "publish"
  | "schedule"
  | "cancelSchedule"
  | "discardChanges"
  | "unpublish"
  | "archive"
  | "trash"
  | "restore";

export interface RecordState {
  status: WorkflowStatus;
  hasPendingChanges?: boolean;
  publishAt?: Date | null;
  deleted: boolean;
}

/**
 * The workflow actions to offer for a record in this state to this role, in the order the bar shows
 * them. Mirrors the server's transition rules (packages/api/src/workflow/transitions.ts), which
 * refuse anything else anyway.
 */
export function allowedActions(state: RecordState, can: Abilities): BarAction[] {
  if (state.deleted) return can.trash ? ["restore"] : [];
  const actions: BarAction[] = [];
  const { status, hasPendingChanges: pending = false } = state;
  const publishable =
    status === "DRAFT" || status === "IN_REVIEW" || (status === "PUBLISHED" && pending);
  if (status === "DRAFT" && can.submit) actions.push("submit");
  if (can.publish && publishable) actions.push("publish");
  if (status === "IN_REVIEW" && can.publish) actions.push("requestChanges");
  if (can.publish && publishable) actions.push("schedule");
  if (can.publish && state.publishAt) actions.push("cancelSchedule");
  if (pending && can.submit) actions.push("discardChanges");
  if (can.publish && (status === "PUBLISHED" || status === "ARCHIVED")) actions.push("unpublish");
  if (can.publish && status === "PUBLISHED") actions.push("archive");
  if (can.trash) actions.push("trash");
  return actions;
}
