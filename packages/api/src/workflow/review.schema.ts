// Review hand-offs: whom a submit asks, the reviewer's "changes requested", and the inbox.
// Client-safe: zod only.
import { z } from "zod";

import { collectionEntityType } from "../collections";
import { recordIdInput, workflowActionInput } from "./workflow.schema";

/** Submit for review, asking one editor (`reviewerId`) or, without one, any editor. */
export const submitInput = workflowActionInput.extend({
  reviewerId: recordIdInput.nullish(),
});
export type SubmitInput = z.infer<typeof submitInput>;

export const reviewStateOutput = z.enum(["REQUESTED", "CHANGES_REQUESTED"]);

/** A record's review hand-off as its edit page and the inbox show it. */
export const reviewRequestOutput = z.object({
  state: reviewStateOutput,
  /** Who submitted it: the author changes go back to. */
  requestedBy: z.string().nullable(),
  /** The editor asked; null: any editor. */
  requestedFrom: z.string().nullable(),
  requestedAt: z.date(),
  /** Who requested changes, when, and their note. */
  reviewedBy: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  note: z.string().nullable(),
});
export type ReviewRequestOutput = z.infer<typeof reviewRequestOutput>;

export const reviewOfRecordInput = z.object({
  entityType: collectionEntityType,
  id: recordIdInput,
});

export const reviewInboxItem = reviewRequestOutput.extend({
  entityType: collectionEntityType,
  id: z.string(),
  title: z.string(),
  /** Asked of me by name, not of any editor. */
  askedOfMe: z.boolean(),
});
export type ReviewInboxItem = z.infer<typeof reviewInboxItem>;

export const reviewInboxOutput = z.object({
  /** Records in review asked of me, or of any editor when I am one; oldest request first. */
  waiting: z.array(reviewInboxItem),
  /** My records sent back with changes requested; newest first. */
  changesRequested: z.array(reviewInboxItem),
});
export type ReviewInboxOutput = z.infer<typeof reviewInboxOutput>;

/** The editors and admins a submit can ask. */
export const reviewersOutput = z.array(
  z.object({ id: z.string(), name: z.string(), email: z.string() }),
);
export type ReviewersOutput = z.infer<typeof reviewersOutput>;
