import type { WorkflowStatus } from "@kz/api/schemas";
import { Badge } from "@kz/ui";

import { formatDateTime } from "../../lib/format";

export const STATUS_LABELS: Record<WorkflowStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

export const STATUSES = Object.keys(STATUS_LABELS) as WorkflowStatus[];

const TONES = {
  DRAFT: "neutral",
  IN_REVIEW: "brand",
  PUBLISHED: "success",
  ARCHIVED: "neutral",
} as const;

export function StatusBadge({ status }: { status: WorkflowStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

/** The status and what else a list row should say about the workflow: pending changes, a schedule. */
export function WorkflowMarkers({
  status,
  hasPendingChanges,
  publishAt,
  deletedAt,
}: {
  status: WorkflowStatus;
  hasPendingChanges: boolean;
  publishAt: Date | null;
  deletedAt?: Date | null;
}) {
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <StatusBadge status={status} />
      {hasPendingChanges ? (
        <Badge tone="warning" title="Saved changes the public site does not show yet">
          Pending changes
        </Badge>
      ) : null}
      {publishAt ? (
        <Badge tone="brand" title="Publishes automatically at this time">
          Scheduled {formatDateTime(publishAt)}
        </Badge>
      ) : null}
      {deletedAt ? <Badge tone="danger">In trash</Badge> : null}
    </span>
  );
}
