"use client";

import type { ReviewersOutput } from "@kz/api/schemas";
import { useEffect, useState, type ReactNode } from "react";

import { errorMessage } from "../../trpc/form-errors";
import { useTRPCClient } from "../../trpc/react";
import { Dialog } from "../dialog";
import { DialogAction } from "../dialog-actions";
import { FormField, Select, TextArea, describe } from "./form-controls";

interface ReviewDialogProps<Answer> {
  open: boolean;
  /** What the record is called ("event"). */
  noun: string;
  busy: boolean;
  onClose: () => void;
  onSubmit: (answer: Answer) => void;
}

/** "" asks any editor. */
const ANY = "";

/**
 * Submit for review: whom to ask, an editor or admin from the list, or any editor. The list is read
 * when the dialog opens, so a reviewer added meanwhile is offered.
 */
export function SubmitDialog({
  open,
  noun,
  busy,
  onClose,
  onSubmit,
}: ReviewDialogProps<string | null>) {
  const client = useTRPCClient();
  const [reviewers, setReviewers] = useState<ReviewersOutput | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [reviewerId, setReviewerId] = useState(ANY);

  useEffect(() => {
    if (!open) return;
    let live = true;
    client.review.reviewers
      .query()
      .then((list) => live && setReviewers(list))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [open, client]);

  return (
    <ReviewForm
      open={open}
      busy={busy}
      onClose={onClose}
      title="Submit for review"
      onSubmit={() => onSubmit(reviewerId === ANY ? null : reviewerId)}
    >
      <FormField
        id="reviewer"
        label="Ask for a review from"
        hint={`The ${noun} appears in their inbox; “Any editor” puts it in every editor's.`}
        error={error}
      >
        <Select
          {...describe("reviewer", error, true)}
          value={reviewerId}
          onChange={(e) => setReviewerId(e.target.value)}
          data-autofocus
        >
          <option value={ANY}>Any editor</option>
          {reviewers?.map((r) => (
            <option key={r.id} value={r.id}>
              {`${r.name} (${r.email})`}
            </option>
          ))}
        </Select>
      </FormField>
    </ReviewForm>
  );
}

/** Request changes: the note the author reads in their inbox and on the edit page. Required. */
export function RequestChangesDialog({
  open,
  noun,
  busy,
  onClose,
  onSubmit,
}: ReviewDialogProps<string>) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  return (
    <ReviewForm
      open={open}
      busy={busy}
      onClose={onClose}
      title="Request changes"
      onSubmit={() => {
        if (!note.trim()) {
          setError("Say what should change: the author reads this note.");
          return;
        }
        onSubmit(note.trim());
      }}
    >
      <FormField
        id="review-note"
        label="What should change"
        hint={`The ${noun} goes back to draft; its author sees this note in their inbox and on the edit page.`}
        error={error}
      >
        <TextArea
          {...describe("review-note", error, true)}
          rows={4}
          maxLength={500}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setError(undefined);
          }}
          data-autofocus
        />
      </FormField>
    </ReviewForm>
  );
}

/**
 * A review dialog's form, titled by its action ("Request changes?"): submitted on its own, not as
 * part of the record's form around the dialog.
 */
function ReviewForm({
  open,
  busy,
  onClose,
  title,
  onSubmit,
  children,
}: {
  open: boolean;
  busy: boolean;
  onClose: () => void;
  title: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open={open} onClose={onClose} title={`${title}?`}>
      <form
        className="space-y-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          e.stopPropagation();
          onSubmit();
        }}
      >
        {children}
        <DialogAction onCancel={onClose} label={title} busyLabel="Working…" busy={busy} />
      </form>
    </Dialog>
  );
}
