"use client";

import { sourceForm, type SourceForm } from "@kz/api/schemas";
import { Alert } from "@kz/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useForm } from "react-hook-form";

import { showServerErrors } from "../../trpc/form-errors";
import { useTRPCClient } from "../../trpc/react";
import { Dialog } from "../dialog";
import { DialogAction } from "../dialog-actions";
import { emptySource, SOURCE_LABELS, SourceFields, type SourceFormInput } from "./source-fields";
import type { SourceSummary } from "./source-picker";

/**
 * Creates a source (as a draft) without leaving the form that cites it. Rendered into <body>, so
 * its own <form> is not nested in the record's form.
 */
export function NewSourceDialog({
  open,
  initialTitle,
  onClose,
  onCreated,
}: {
  open: boolean;
  initialTitle: string;
  onClose: () => void;
  onCreated: (source: SourceSummary) => void;
}) {
  const client = useTRPCClient();
  const [error, setError] = useState<string | null>(null);
  const [mounted, setMounted] = useState(false);
  const form = useForm<SourceFormInput, unknown, SourceForm>({
    resolver: zodResolver(sourceForm),
    defaultValues: emptySource,
  });

  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (open) {
      form.reset({ ...emptySource, title: initialTitle });
      setError(null);
    }
  }, [open, initialTitle, form]);

  if (!mounted) return null;
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const created = await client.source.admin.create.mutate(values);
      onCreated({
        id: created.id,
        title: values.title,
        publisher: values.publisher,
        status: created.status,
        inTrash: false,
      });
      onClose();
    } catch (e) {
      setError(
        showServerErrors(e, form.setError, Object.keys(SOURCE_LABELS) as (keyof SourceFormInput)[]),
      );
    }
  });

  return createPortal(
    <Dialog open={open} onClose={onClose} title="New source">
      <form
        noValidate
        onSubmit={(e) => {
          // The dialog is portalled, but React still bubbles events to the record's form.
          e.stopPropagation();
          void submit(e);
        }}
        className="max-h-[70vh] space-y-4 overflow-y-auto"
      >
        <p className="text-sm text-slate-600">
          The source is created as a draft and attached to this form. Publish it before publishing
          what cites it.
        </p>
        {error ? <Alert>{error}</Alert> : null}
        <SourceFields form={form} prefix="new-source-" />
        <DialogAction
          onCancel={onClose}
          label="Create and attach"
          busyLabel="Creating…"
          busy={form.formState.isSubmitting}
        />
      </form>
    </Dialog>,
    document.body,
  );
}
