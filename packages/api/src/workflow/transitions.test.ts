import type { Status } from "@kz/db";
import { describe, expect, it } from "vitest";

import { AppError } from "../errors";
import { planTransition, type WorkflowAction, type WorkflowState } from "./transitions";

const now = new Date("2030-01-01T00:00:00Z");
const state = (status: Status, more: Partial<WorkflowState> = {}): WorkflowState => ({
  status,
  deleted: false,
  hasPending: false,
  publishAt: null,
  ...more,
});
const plan = (s: WorkflowState, action: WorkflowAction, publishAt?: Date | null) =>
  planTransition(s, action, "Event", { now, publishAt });
const refusal = (s: WorkflowState, action: WorkflowAction, publishAt?: Date | null) => {
  try {
    plan(s, action, publishAt);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe("BAD_REQUEST");
    return (e as AppError).message;
  }
  throw new Error(`${action} was allowed`);
};

describe("planTransition", () => {
  it.each<[Status, WorkflowAction, Status]>([
    ["DRAFT", "submit", "IN_REVIEW"],
    ["IN_REVIEW", "requestChanges", "DRAFT"],
    ["DRAFT", "publish", "PUBLISHED"],
    ["IN_REVIEW", "publish", "PUBLISHED"],
    ["PUBLISHED", "unpublish", "DRAFT"],
    ["ARCHIVED", "unpublish", "DRAFT"],
    ["PUBLISHED", "archive", "ARCHIVED"],
  ])("allows %s —%s→ %s", (from, action, to) => {
    expect(plan(state(from), action).status).toBe(to);
  });

  it.each<[Status, WorkflowAction]>([
    ["IN_REVIEW", "submit"],
    ["PUBLISHED", "submit"],
    ["DRAFT", "requestChanges"],
    ["PUBLISHED", "requestChanges"],
    ["PUBLISHED", "publish"],
    ["ARCHIVED", "publish"],
    ["DRAFT", "unpublish"],
    ["IN_REVIEW", "unpublish"],
    ["DRAFT", "archive"],
    ["ARCHIVED", "archive"],
    ["DRAFT", "discardChanges"],
  ])("refuses %s —%s with a message", (from, action) => {
    expect(refusal(state(from), action)).toMatch(/event/i);
  });

  it("publishes pending changes of a published record, and merges them when it leaves PUBLISHED", () => {
    const edited = state("PUBLISHED", { hasPending: true });
    expect(plan(edited, "publish")).toMatchObject({ status: "PUBLISHED", applyPending: true });
    expect(plan(edited, "unpublish")).toMatchObject({ status: "DRAFT", applyPending: true });
    expect(plan(edited, "discardChanges")).toMatchObject({ discardPending: true });
  });

  it("refuses everything but restore in the trash", () => {
    const trashed = state("PUBLISHED", { deleted: true });
    expect(refusal(trashed, "unpublish")).toMatch(/in the trash/);
    expect(refusal(trashed, "trash")).toMatch(/in the trash/);
    expect(plan(trashed, "restore")).toMatchObject({ deleted: false, status: "PUBLISHED" });
    expect(refusal(state("DRAFT"), "restore")).toMatch(/not in the trash/);
  });

  it("schedules only in the future, and only what has something to publish", () => {
    const later = new Date("2030-01-02T00:00:00Z");
    expect(plan(state("DRAFT"), "schedule", later).publishAt).toEqual(later);
    expect(plan(state("PUBLISHED", { hasPending: true }), "schedule", later).publishAt).toEqual(
      later,
    );
    expect(refusal(state("DRAFT"), "schedule", new Date("2029-12-31T00:00:00Z"))).toMatch(/future/);
    expect(refusal(state("PUBLISHED"), "schedule", later)).toMatch(/nothing to schedule/);
    expect(plan(state("DRAFT", { publishAt: later }), "schedule", null).publishAt).toBeNull();
  });

  it("clears a schedule on publish, unpublish and trash", () => {
    const scheduled = state("DRAFT", { publishAt: new Date("2030-02-01T00:00:00Z") });
    expect(plan(scheduled, "publish").publishAt).toBeNull();
    expect(plan(scheduled, "trash").publishAt).toBeNull();
  });
});
