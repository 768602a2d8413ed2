"use client";

import type { WorkflowStatus } from "@kz/api/schemas";
import { Button } from "@kz/ui";
import Link from "next/link";
import { useState } from "react";

import { formatDateTime } from "../../lib/format";
import { KIND_ORDER, KINDS, type Kind } from "../../lib/kinds";
import { abilities, type Role } from "../../lib/roles";
import { allowedActions, type BarAction } from "../../lib/workflow";
import { errorMessage } from "../../trpc/form-errors";
import { apiErrorData, useTRPCClient, type ApiErrorData } from "../../trpc/react";
import { workflowApi } from "../../trpc/workflow";
import { Dialog } from "../dialog";
import type { Formatters } from "./conflict-panel";
import { TextInput } from "./form-controls";
import { PublishChanges } from "./publish-changes";
import { RequestChangesDialog, SubmitDialog } from "./review-dialogs";
import { StatusBadge } from "./status";

/** "person", "place", "source": how a linked record's kind reads in a sentence. */
const kindLabel = (entityType: string) => {
  const kind = KIND_ORDER.find((k) => KINDS[k].entityType === entityType);
  return kind ? KINDS[kind].label.toLowerCase() : entityType.toLowerCase();
};

export interface WorkflowRecord {
  id: string;
  version: number;
  status: WorkflowStatus;
  hasPendingChanges?: boolean;
  pendingFields?: string[];
  /** The working copy, and the published content while there are pending changes. */
  form?: Record<string, unknown>;
  live?: Record<string, unknown> | null;
  publishAt?: Date | null;
  publishedAt?: Date | null;
  deletedAt: Date | null;
  updatedAt: Date;
  /** The last save, pending changes included (updatedAt is what the public sees as updated). */
  savedAt?: Date;
  updatedBy?: string | null;
}

const LABELS: Record<BarAction, string> = {
  submit: "Submit for review…",
  requestChanges: "Request changes…",
  publish: "Publish",
  schedule: "Schedule…",
  cancelSchedule: "Cancel schedule",
  discardChanges: "Discard pending changes",
  unpublish: "Unpublish",
  archive: "Archive",
  trash: "Move to trash",
  restore: "Restore from trash",
};

const CONFIRM: Partial<Record<BarAction, (noun: string) => string>> = {
  publish: (noun) =>
    `Publish this ${noun}? It is on the public site within a second, and announced in the changes feed.`,
  unpublish: (noun) =>
    `Unpublish this ${noun}? It goes back to draft and disappears from the public site at once.`,
  archive: (noun) => `Archive this ${noun}? It is no longer shown on the public site.`,
  discardChanges: (noun) =>
    `Discard the pending changes? The ${noun} goes back to its published version; the history keeps the discarded one.`,
  trash: (noun) =>
    `Move this ${noun} to the trash? It disappears from the public site and the lists; an editor can restore it.`,
};

const DONE: Record<BarAction, string> = {
  submit: "Submitted for review.",
  requestChanges: "Sent back to draft: the author sees your note in their inbox.",
  publish: "Published: the public site shows it now.",
  schedule: "Scheduled.",
  cancelSchedule: "The schedule is cancelled.",
  discardChanges: "Pending changes discarded: the form shows the published version.",
  unpublish: "Unpublished: back to draft, no longer on the public site.",
  archive: "Archived.",
  trash: "Moved to the trash.",
  restore: "Restored from the trash.",
};

/** "2025-03-01T14:05" for a datetime-local input, in the browser's time zone. */
function localInputValue(date: Date) {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The record's workflow: where it stands (status, version, pending changes, schedule), the
 * transitions this role may make from here, preview and history. Actions apply to the saved
 * version, so they wait while the form has unsaved edits.
 */
export function WorkflowBar({
  kind,
  record,
  role,
  dirty,
  publishBlocked,
  publicSiteUrl,
  formatters,
  onDone,
  onError,
}: {
  kind: Kind;
  record: WorkflowRecord;
  role: Role;
  dirty: boolean;
  /** Why publishing is not possible yet (an event without citations), if so. */
  publishBlocked?: string | null;
  /** Events: the public site, for Preview. */
  publicSiteUrl?: string;
  /** How field values read (names for ids), for the changes a publish makes public. */
  formatters?: Formatters;
  /** After an action: re-read the record and announce the message. */
  onDone: (message: string) => Promise<void>;
  onError: (message: string) => void;
}) {
  const info = KINDS[kind];
  const noun = info.label.toLowerCase();
  const client = useTRPCClient();
  const can = abilities(role);
  const [busy, setBusy] = useState<BarAction | "preview" | null>(null);
  const [confirm, setConfirm] = useState<BarAction | null>(null);
  // The review hand-offs open their own dialogs: whom to ask, or what should change.
  const [reviewing, setReviewing] = useState<"submit" | "requestChanges" | null>(null);
  const [scheduling, setScheduling] = useState(false);
  const [publishAt, setPublishAt] = useState("");
  const [scheduleError, setScheduleError] = useState<string | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  // A refused publish that names linked records nobody has published: offered to publish together.
  const [linked, setLinked] = useState<NonNullable<ApiErrorData["unpublishedLinks"]> | null>(null);

  const deleted = record.deletedAt !== null;
  const actions = allowedActions(
    {
      status: record.status,
      hasPendingChanges: record.hasPendingChanges,
      publishAt: record.publishAt,
      deleted,
    },
    can,
  );
  const pending = record.hasPendingChanges ?? false;

  const run = async (
    action: BarAction,
    at?: Date | null,
    withLinkedRecords = false,
    review: { reviewerId?: string | null; note?: string } = {},
  ) => {
    setBusy(action);
    setConfirm(null);
    setReviewing(null);
    setLinked(null);
    const input = { id: record.id, expectedVersion: record.version };
    try {
      const wf = workflowApi(client, kind);
      if (action === "publish") {
        await wf.publish({ ...input, withLinkedRecords });
      } else if (action === "schedule" || action === "cancelSchedule") {
        await wf.schedule({ ...input, publishAt: action === "schedule" ? (at ?? null) : null });
      } else if (action === "submit") {
        await wf.submit({ ...input, reviewerId: review.reviewerId ?? null });
      } else {
        await wf.act(action, { ...input, note: review.note });
      }
      setScheduling(false);
      await onDone(
        withLinkedRecords
          ? "Published, together with the records it links to: the public site shows them now."
          : action === "schedule" && at
            ? `Scheduled: it publishes at ${formatDateTime(at)}.`
            : action === "publish" && pending
              ? "Changes published: the public site shows them now."
              : DONE[action],
      );
    } catch (error) {
      const data = apiErrorData(error);
      if (data.code === "CONFLICT") {
        await onDone(
          `Someone else saved this ${noun} meanwhile (version ${data.currentVersion ?? "?"}). The page now shows their version: check it, then try again.`,
        );
      } else if (action === "publish" && !withLinkedRecords && data.unpublishedLinks?.length) {
        setLinked(data.unpublishedLinks);
      } else if (action === "schedule" && data.fieldErrors?.publishAt) {
        setScheduleError(data.fieldErrors.publishAt.join(" "));
      } else {
        onError(errorMessage(error));
      }
    } finally {
      setBusy(null);
    }
  };

  const preview = async () => {
    setBusy("preview");
    try {
      const { token } = await client.preview.createToken.mutate({
        entityType: "EVENT",
        id: record.id,
      });
      const url = `${publicSiteUrl}/api/preview?token=${encodeURIComponent(token)}`;
      setPreviewUrl(url);
      window.open(url, "_blank", "noopener");
    } catch (error) {
      onError(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const click = (action: BarAction) => {
    if (action === "schedule") {
      setScheduleError(null);
      setPublishAt(record.publishAt ? localInputValue(record.publishAt) : "");
      setScheduling(true);
    } else if (action === "submit" || action === "requestChanges") setReviewing(action);
    else if (CONFIRM[action]) setConfirm(action);
    else void run(action);
  };

  const blockedId = `publish-blocked-${record.id}`;
  const dirtyId = `dirty-${record.id}`;
  const publishIsBlocked = Boolean(publishBlocked);

  return (
    <section
      aria-label="Workflow"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <span className="flex items-center gap-2">
          <span className="text-slate-600">Status</span> <StatusBadge status={record.status} />
        </span>
        {deleted ? (
          <span className="font-medium text-red-800">
            In the trash since {formatDateTime(record.deletedAt)}
          </span>
        ) : null}
        <span>
          <span className="text-slate-600">Version</span>{" "}
          <span className="font-medium tabular-nums" data-testid="record-version">
            {record.version}
          </span>
        </span>
        <span className="text-slate-600">
          Saved {formatDateTime(record.savedAt ?? record.updatedAt)}
          {record.updatedBy ? ` by ${record.updatedBy}` : ""}
        </span>
        <Link href={`${info.path}/${record.id}/history`} className="ml-auto">
          History
        </Link>
      </div>

      {pending ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <strong>Pending changes</strong>
          {record.pendingFields?.length ? ` (${record.pendingFields.join(", ")})` : ""}: the public
          page shows the published version until you publish them.
        </p>
      ) : null}
      {record.publishAt ? (
        <p className="text-sm text-slate-700">
          Scheduled to publish at <strong>{formatDateTime(record.publishAt)}</strong>.
        </p>
      ) : null}

      {actions.length || (publicSiteUrl && can.submit && !deleted) ? (
        <div className="flex flex-wrap items-center gap-2">
          {actions.map((action) => {
            const blocked =
              action === "publish" || action === "schedule" ? publishIsBlocked : false;
            const describedBy = [blocked ? blockedId : null, dirty ? dirtyId : null]
              .filter(Boolean)
              .join(" ");
            return (
              <Button
                key={action}
                type="button"
                variant={action === "publish" ? "primary" : "secondary"}
                className="px-3 py-1.5"
                disabled={dirty || blocked || busy !== null}
                aria-describedby={describedBy || undefined}
                onClick={() => click(action)}
              >
                {busy === action
                  ? "Working…"
                  : action === "publish" && pending
                    ? "Publish changes"
                    : LABELS[action]}
              </Button>
            );
          })}
          {publicSiteUrl && can.submit && !deleted ? (
            <Button
              type="button"
              variant="secondary"
              className="px-3 py-1.5"
              disabled={dirty || busy !== null}
              aria-describedby={dirty ? dirtyId : undefined}
              onClick={preview}
            >
              {busy === "preview" ? "Opening…" : "Preview"}
            </Button>
          ) : null}
        </div>
      ) : null}

      {publishBlocked && actions.includes("publish") ? (
        <p id={blockedId} className="text-sm text-slate-700">
          Publishing is not possible yet: {publishBlocked}
        </p>
      ) : null}
      {dirty && actions.length ? (
        <p id={dirtyId} className="text-sm text-slate-700">
          You have unsaved edits: save them (or reload) before publishing or changing the status —
          actions apply to the saved version.
        </p>
      ) : null}
      {previewUrl ? (
        <p className="text-sm text-slate-700">
          The preview opened in a new tab; if it did not,{" "}
          <a href={previewUrl} target="_blank" rel="noopener noreferrer">
            open the preview
          </a>{" "}
          (the link works for 10 minutes).
        </p>
      ) : null}

      {scheduling ? (
        <form
          className="flex flex-wrap items-end gap-3 rounded-md bg-slate-50 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            e.stopPropagation();
            const at = publishAt ? new Date(publishAt) : null;
            if (!at || Number.isNaN(at.getTime())) {
              setScheduleError("Choose a date and time.");
              return;
            }
            void run("schedule", at);
          }}
        >
          <div className="space-y-1">
            <label htmlFor="publish-at" className="block text-sm font-medium text-slate-800">
              Publish at (your local time)
            </label>
            <TextInput
              id="publish-at"
              type="datetime-local"
              value={publishAt}
              onChange={(e) => setPublishAt(e.target.value)}
              aria-invalid={scheduleError ? true : undefined}
              aria-describedby={scheduleError ? "publish-at-error" : "publish-at-hint"}
              className="w-auto"
            />
            <p id="publish-at-hint" className="text-xs text-slate-600">
              {publishAt && !Number.isNaN(new Date(publishAt).getTime())
                ? `= ${formatDateTime(new Date(publishAt))}`
                : "Published automatically at that time, even if nobody is signed in."}
            </p>
            {scheduleError ? (
              <p id="publish-at-error" className="text-sm text-red-700">
                {scheduleError}
              </p>
            ) : null}
          </div>
          <Button type="submit" disabled={busy !== null} className="px-3 py-1.5">
            {busy === "schedule" ? "Scheduling…" : "Schedule"}
          </Button>
          <Button
            type="button"
            variant="secondary"
            className="px-3 py-1.5"
            onClick={() => setScheduling(false)}
          >
            Cancel
          </Button>
        </form>
      ) : null}

      <Dialog
        open={confirm !== null}
        onClose={() => setConfirm(null)}
        title={
          confirm === "publish" && pending
            ? "Publish changes?"
            : confirm
              ? `${LABELS[confirm]}?`
              : ""
        }
      >
        {confirm === "publish" && pending && record.live && record.form ? (
          <>
            <p className="text-sm text-slate-700">
              {`The public page of this ${noun} changes at once:`}
            </p>
            <PublishChanges
              kind={kind}
              fields={record.pendingFields ?? []}
              live={record.live}
              next={record.form}
              formatters={formatters}
            />
          </>
        ) : confirm ? (
          <p className="text-sm text-slate-700">{CONFIRM[confirm]?.(noun)}</p>
        ) : null}
        {confirm ? (
          <>
            <div className="flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={() => setConfirm(null)}>
                Cancel
              </Button>
              <Button type="button" onClick={() => run(confirm)}>
                {confirm === "publish" && pending ? "Publish changes" : LABELS[confirm]}
              </Button>
            </div>
          </>
        ) : null}
      </Dialog>
      <SubmitDialog
        open={reviewing === "submit"}
        noun={noun}
        busy={busy !== null}
        onClose={() => setReviewing(null)}
        onSubmit={(reviewerId) => run("submit", null, false, { reviewerId })}
      />
      <RequestChangesDialog
        open={reviewing === "requestChanges"}
        noun={noun}
        busy={busy !== null}
        onClose={() => setReviewing(null)}
        onSubmit={(note) => run("requestChanges", null, false, { note })}
      />
      <Dialog open={linked !== null} onClose={() => setLinked(null)} title="Publish them together?">
        {linked ? (
          <>
            <p className="text-sm text-slate-700">
              {`This ${noun} links to records nobody has published yet, so it cannot be public without them. Publishing it now publishes them too:`}
            </p>
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
              {linked.map((l) => (
                <li key={l.id}>{`“${l.title}” (${kindLabel(l.entityType)})`}</li>
              ))}
            </ul>
            <div className="flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={() => setLinked(null)}>
                Cancel
              </Button>
              <Button type="button" onClick={() => run("publish", null, true)}>
                Publish all
              </Button>
            </div>
          </>
        ) : null}
      </Dialog>
    </section>
  );
}
