import type { EntityType } from "@kz/db";

import type { Tx } from "../shared/tx";
import type { WorkflowAction } from "./transitions";

/** The actions after which nothing waits for review: the hand-off is over. */
const SETTLING: ReadonlySet<WorkflowAction> = new Set(["publish", "unpublish", "archive", "trash"]);

/**
 * Ends the review hand-offs of records an action has settled, so a record unpublished to a draft
 * later does not come back with an old "changes requested". Submit and request changes write
 * theirs in review.ts.
 */
export async function settleReviews(
  tx: Tx,
  entityType: EntityType,
  ids: string[],
  action: WorkflowAction | "purge",
): Promise<void> {
  if (!ids.length || (action !== "purge" && !SETTLING.has(action))) return;
  await tx.reviewRequest.deleteMany({ where: { entityType, entityId: { in: ids } } });
}
