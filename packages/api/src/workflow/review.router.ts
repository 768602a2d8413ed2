import { draftReaderProcedure } from "../shared/draft-reader";
import { contributorProcedure, router } from "../trpc";
import { reviewers, reviewInbox, reviewOfRecord } from "./review-inbox";
import {
  reviewersOutput,
  reviewInboxOutput,
  reviewOfRecordInput,
  reviewRequestOutput,
} from "./review.schema";

// Reads only: a hand-off is written by the collections' submit and requestChanges. The inbox and a
// record's hand-off name unpublished records, so a token needs read:drafts, as for the admin lists.
export const reviewRouter = router({
  /** What waits for me: records to review, and mine sent back with changes requested. */
  inbox: draftReaderProcedure
    .output(reviewInboxOutput)
    .query(({ ctx }) => reviewInbox(ctx.db, ctx.user)),
  /** A record's current hand-off (whom it asks, or the changes requested), shown on its edit page. */
  ofRecord: draftReaderProcedure
    .input(reviewOfRecordInput)
    .output(reviewRequestOutput.nullable())
    .query(({ ctx, input }) => reviewOfRecord(ctx.db, input.entityType, input.id)),
  /** Whom a submit can ask. */
  reviewers: contributorProcedure.output(reviewersOutput).query(({ ctx }) => reviewers(ctx.db)),
});
