// Review hand-offs: a submit names whom it asks (an editor, or any editor), and a reviewer's
// "request changes" sends the draft back to its author with a note. Both are the ordinary workflow
// transition plus the record's ReviewRequest row, written in the same transaction.
import type { Db } from "@kz/db";

import type { Mutation } from "../cache/revalidate";
import { AppError } from "../errors";
import type { Editor } from "../shared/editor";
import { inTransaction, type Tx } from "../shared/tx";
import { applyAction, firstFailure, loadOne, resultOf, type WorkflowKind } from "./engine";
import type { SubmitInput } from "./review.schema";
import type { WorkflowActionInput, WorkflowResultOutput } from "./workflow.schema";

const REVIEWER_ROLES = new Set(["EDITOR", "ADMIN"]);

const badReviewer = (message: string) =>
  new AppError("BAD_REQUEST", message, {
    fieldErrors: { reviewerId: ["Choose an editor or an admin from the list"] },
  });

/** The user a submit asks to review, refused unless they are an active editor or admin. */
async function reviewerOf(tx: Tx, id: string) {
  const user = await tx.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, active: true },
  });
  if (!user)
    throw badReviewer("There is no such user to ask for a review: choose one from the list");
  if (!user.active)
    throw badReviewer(`${user.name}'s account is deactivated: choose another reviewer`);
  if (!REVIEWER_ROLES.has(user.role))
    throw badReviewer(
      `${user.name} is a ${user.role.toLowerCase()} and cannot review: choose an editor or an admin`,
    );
  return user;
}

/** Submits a draft for review by the chosen editor, or by any editor without one. */
export function submitForReview<Data extends object>(
  db: Db,
  kind: WorkflowKind<Data, unknown>,
  input: SubmitInput,
  editor: Editor,
  now: Date = new Date(),
): Promise<Mutation<WorkflowResultOutput>> {
  return inTransaction(db, async (tx) => {
    // Checked first: a bad reviewer changes nothing.
    const reviewer = input.reviewerId ? await reviewerOf(tx, input.reviewerId) : null;
    const item = await loadOne(tx, kind, input.id, input.expectedVersion);
    const { outcomes, tags } = await applyAction(tx, kind, [item], "submit", editor, {
      now,
      note: input.note,
      details: { reviewer: reviewer?.email ?? "any editor", reviewerId: reviewer?.id ?? null },
    });
    firstFailure(outcomes);
    const request = {
      state: "REQUESTED" as const,
      requestedById: editor.id,
      requestedFromId: reviewer?.id ?? null,
      requestedAt: now,
      reviewedById: null,
      reviewedAt: null,
      note: null,
    };
    await tx.reviewRequest.upsert({
      where: { entityType_entityId: { entityType: kind.entityType, entityId: item.row.id } },
      create: { entityType: kind.entityType, entityId: item.row.id, ...request },
      update: request,
    });
    return { result: resultOf(outcomes[0]!.row!), tags };
  });
}

/**
 * Sends a record in review back to draft with the reviewer's note, for its author: whoever
 * submitted it (the last submit's author where an older submit left no hand-off).
 */
export function requestChanges<Data extends object>(
  db: Db,
  kind: WorkflowKind<Data, unknown>,
  input: WorkflowActionInput,
  editor: Editor,
  now: Date = new Date(),
): Promise<Mutation<WorkflowResultOutput>> {
  return inTransaction(db, async (tx) => {
    const item = await loadOne(tx, kind, input.id, input.expectedVersion);
    const key = { entityType: kind.entityType, entityId: item.row.id };
    const existing = await tx.reviewRequest.findUnique({ where: { entityType_entityId: key } });
    const authorId =
      existing?.requestedById ??
      (
        await tx.revision.findFirst({
          where: { entityType: kind.entityType, entityId: item.row.id, action: "submit" },
          orderBy: { version: "desc" },
          select: { authorId: true },
        })
      )?.authorId ??
      null;
    const { outcomes, tags } = await applyAction(tx, kind, [item], "requestChanges", editor, {
      now,
      note: input.note,
      details: { authorId },
    });
    firstFailure(outcomes);
    const review = {
      state: "CHANGES_REQUESTED" as const,
      reviewedById: editor.id,
      reviewedAt: now,
      note: input.note || null,
    };
    await tx.reviewRequest.upsert({
      where: { entityType_entityId: key },
      create: { ...key, ...review, requestedById: authorId, requestedAt: now },
      update: review,
    });
    return { result: resultOf(outcomes[0]!.row!), tags };
  });
}
