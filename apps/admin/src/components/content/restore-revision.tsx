"use client";

import { Alert, Button } from "@kz/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { errorMessage } from "../../trpc/form-errors";
import { apiErrorData, useTRPCClient } from "../../trpc/react";
import { Dialog } from "../dialog";
import { describe, FormField, TextInput } from "./form-controls";

/**
 * Restores a revision's content as a new save, from the version this page was loaded at: if someone
 * saved meanwhile, the server answers CONFLICT and the page is re-read instead.
 */
export function RestoreRevision({
  revisionId,
  version,
  currentVersion,
  published,
  recordHref,
}: {
  revisionId: string;
  version: number;
  currentVersion: number;
  /** Published records keep the restored content as pending changes. */
  published: boolean;
  recordHref: string;
}) {
  const client = useTRPCClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "info" | "danger"; text: string } | null>(null);

  const restore = async () => {
    setBusy(true);
    try {
      const result = await client.revision.restore.mutate({
        revisionId,
        expectedVersion: currentVersion,
        note: note.trim() || undefined,
      });
      setOpen(false);
      setMessage({
        tone: "info",
        text: result.hasPendingChanges
          ? `Version ${version} restored as version ${result.version}, waiting as pending changes until it is published.`
          : `Version ${version} restored as version ${result.version}.`,
      });
      router.refresh();
    } catch (error) {
      setOpen(false);
      const data = apiErrorData(error);
      setMessage({
        tone: "danger",
        text:
          data.code === "CONFLICT"
            ? `Someone saved this record meanwhile (now version ${data.currentVersion ?? "?"}). The history is refreshed: check it, then restore again if you still want to.`
            : errorMessage(error),
      });
      if (data.code === "CONFLICT") router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        type="button"
        variant="secondary"
        className="px-2.5 py-1"
        onClick={() => {
          setMessage(null);
          setOpen(true);
        }}
      >
        Restore<span className="sr-only"> version {version}</span>
      </Button>
      {message ? (
        <div className="mt-2" role={message.tone === "danger" ? undefined : "status"}>
          <Alert tone={message.tone}>
            {message.text}{" "}
            {message.tone === "info" ? <Link href={recordHref}>Open the record</Link> : null}
          </Alert>
        </div>
      ) : null}
      <Dialog open={open} onClose={() => setOpen(false)} title={`Restore version ${version}?`}>
        <p className="text-sm text-slate-700">
          Its content is saved as a new version after version {currentVersion}; nothing in the
          history is lost.{" "}
          {published
            ? "The record is published: the restored content waits as pending changes until someone publishes it."
            : "The status does not change."}
        </p>
        <FormField id={`restore-note-${revisionId}`} label="Note" optional>
          <TextInput
            {...describe(`restore-note-${revisionId}`)}
            value={note}
            maxLength={500}
            placeholder={`Restored version ${version}`}
            onChange={(e) => setNote(e.target.value)}
          />
        </FormField>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="button" disabled={busy} onClick={restore}>
            {busy ? "Restoring…" : `Restore version ${version}`}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
