import type { ReviewRequestOutput } from "@kz/api/schemas";

import { formatDateTime } from "../../lib/format";

/**
 * Where the record's review hand-off stands, above its editor: whom it waits for, or the changes a
 * reviewer asked for with their note (what the author comes here to fix).
 */
export function ReviewNotice({ review }: { review: ReviewRequestOutput | null }) {
  if (!review) return null;
  if (review.state === "REQUESTED")
    return (
      <p className="mb-4 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-950" role="status">
        <strong>Waiting for review</strong> by {review.requestedFrom ?? "any editor"}, asked
        {review.requestedBy ? ` by ${review.requestedBy}` : ""} on{" "}
        {formatDateTime(review.requestedAt)}.
      </p>
    );
  return (
    <section
      aria-label="Changes requested"
      className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p>
        <strong>Changes requested</strong>
        {review.reviewedBy ? ` by ${review.reviewedBy}` : ""} on {formatDateTime(review.reviewedAt)}
        . Make them, then submit it for review again.
      </p>
      {review.note ? (
        <blockquote className="mt-1 border-l-2 border-amber-400 pl-2 whitespace-pre-wrap">
          {review.note}
        </blockquote>
      ) : null}
    </section>
  );
}
