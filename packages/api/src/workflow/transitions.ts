import type { Status } from "@kz/db";

import { AppError } from "../errors";

/** What can happen to an editable record, besides saving it. */
export type WorkflowAction =
  | "submit"
  | "requestChanges"
  | "publish"
  | "unpublish"
  | "archive"
  | "schedule"
  | "discardChanges"
  | "trash"
  | "restore";

export interface WorkflowState {
  status: Status;
  deleted: boolean;
  hasPending: boolean;
  publishAt: Date | null;
}

/** The effect of an allowed action; the engine turns it into writes. */
export interface Plan {
  status: Status;
  /** Write the working copy (live + pending changes) to the live columns and clear the pending. */
  applyPending: boolean;
  /** Drop the pending changes. */
  discardPending: boolean;
  publishAt: Date | null;
  deleted: boolean;
  /** First publication: set publishedAt if it is not set. */
  markPublished: boolean;
}

const refuse = (message: string, fieldErrors?: Record<string, string[]>) =>
  new AppError("BAD_REQUEST", message, fieldErrors ? { fieldErrors } : {});

const STATUS_WORDS: Record<Status, string> = {
  DRAFT: "a draft",
  IN_REVIEW: "in review",
  PUBLISHED: "published",
  ARCHIVED: "archived",
};

/**
 * The workflow: DRAFT → IN_REVIEW (submit) → PUBLISHED (publish; editors may also publish a draft
 * directly) → ARCHIVED; IN_REVIEW → DRAFT (request changes); PUBLISHED or ARCHIVED → DRAFT
 * (unpublish). Publishing a published record publishes its pending changes. Anything else is refused
 * with a message that says why. Leaving PUBLISHED keeps the working copy: pending changes become the
 * draft's content.
 */
export function planTransition(
  state: WorkflowState,
  action: WorkflowAction,
  label: string,
  options: { now: Date; publishAt?: Date | null } = { now: new Date() },
): Plan {
  const noun = label.toLowerCase();
  const aNoun = `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
  const is = `This ${noun} is ${state.deleted ? "in the trash" : STATUS_WORDS[state.status]}`;
  const keep: Plan = {
    status: state.status,
    applyPending: false,
    discardPending: false,
    publishAt: state.publishAt,
    deleted: state.deleted,
    markPublished: false,
  };

  if (action === "restore") {
    if (!state.deleted) throw refuse(`This ${noun} is not in the trash`);
    return { ...keep, deleted: false };
  }
  if (state.deleted) throw refuse(`${is}: restore it first`);

  switch (action) {
    case "trash":
      return { ...keep, deleted: true, publishAt: null };
    case "submit":
      if (state.status !== "DRAFT") throw refuse(`${is}: only a draft can be submitted for review`);
      return { ...keep, status: "IN_REVIEW" };
    case "requestChanges":
      if (state.status !== "IN_REVIEW")
        throw refuse(`${is}: only ${aNoun} in review can be sent back to draft`);
      // Sent back for changes: a schedule approved earlier must not publish it anyway.
      return { ...keep, status: "DRAFT", publishAt: null };
    case "publish":
      if (state.status === "ARCHIVED")
        throw refuse(`${is}: unpublish it to a draft before publishing it again`);
      if (state.status === "PUBLISHED" && !state.hasPending)
        throw refuse(`${is} and has no unpublished changes`);
      return {
        ...keep,
        status: "PUBLISHED",
        applyPending: state.hasPending,
        publishAt: null,
        markPublished: true,
      };
    case "unpublish":
      if (state.status !== "PUBLISHED" && state.status !== "ARCHIVED")
        throw refuse(`${is}: only a published or archived ${noun} can be unpublished`);
      return { ...keep, status: "DRAFT", applyPending: state.hasPending, publishAt: null };
    case "archive":
      if (state.status !== "PUBLISHED")
        throw refuse(`${is}: only a published ${noun} can be archived`);
      return { ...keep, status: "ARCHIVED", applyPending: state.hasPending, publishAt: null };
    case "discardChanges":
      if (!state.hasPending) throw refuse(`This ${noun} has no unpublished changes to discard`);
      return { ...keep, discardPending: true };
    case "schedule": {
      const at = options.publishAt ?? null;
      if (at === null) return { ...keep, publishAt: null };
      if (at.getTime() <= options.now.getTime())
        throw refuse("Choose a time in the future", { publishAt: ["Must be in the future"] });
      const waiting =
        state.status === "DRAFT" ||
        state.status === "IN_REVIEW" ||
        (state.status === "PUBLISHED" && state.hasPending);
      if (!waiting)
        throw refuse(
          `${is}${state.status === "PUBLISHED" ? " and has no unpublished changes" : ""}: there is nothing to schedule`,
        );
      return { ...keep, publishAt: at };
    }
  }
}

/** Public: what the public site shows. */
export const isPublic = (state: { status: Status; deleted: boolean }) =>
  state.status === "PUBLISHED" && !state.deleted;
