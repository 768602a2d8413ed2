"use client";

import type { ReviewersOutput } from "@kz/api/schemas";
import { Button } from "@kz/ui";
import { useEffect, useState } from "react";

import { errorMessage } from "../../trpc/form-errors";
import { useTRPCClient } from "../../trpc/react";
import { Dialog } from "../dialog";
import { FormField, Select, TextArea, describe } from "./form-controls";

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
}: {
  open: boolean;
  noun: string;
  busy: boolean;
  onClose: () => void;
  onSubmit: (reviewerId: string | null) => void;
}) {
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
    <Dialog open={open} onClose={onClose} title="Submit for review?">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          e.stopPropagation();
          onSubmit(reviewerId === ANY ? null : reviewerId);
        }}
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
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={busy}>
            {busy ? "Working…" : "Submit for review"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Request changes: the note the author reads in their inbox and on the edit page. Required. */
export function RequestChangesDialog({
  open,
  noun,
  busy,
  onClose,
  onSubmit,
}: {
  open: boolean;
  noun: string;
  busy: boolean;
  onClose: () => void;
  onSubmit: (note: string) => void;
}) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  return (
    <Dialog open={open} onClose={onClose} title="Request changes?">
      <form
        className="space-y-4"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          e.stopPropagation();
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
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={busy}>
            {busy ? "Working…" : "Request changes"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
