"use client";

import { sourceForm, type SourceEditOutput, type SourceForm } from "@kz/api/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";

import type { Role } from "../../lib/roles";
import { useTRPCClient } from "../../trpc/react";
import { EditorShell } from "./editor-shell";
import { FormSection } from "./form-controls";
import {
  emptySource,
  SOURCE_LABELS,
  SourceFields,
  sourceValues,
  type SourceFormInput,
} from "./source-fields";
import { savedMessage } from "./saved-message";
import { SourceHealth } from "./source-health";
import { useRecordEditor } from "./use-record-editor";

const toValues = (r: SourceEditOutput) => sourceValues(r.form);

export function SourceEditor({ record, role }: { record: SourceEditOutput | null; role: Role }) {
  const client = useTRPCClient();
  const form = useForm<SourceFormInput, unknown, SourceForm>({
    resolver: zodResolver(sourceForm),
    defaultValues: record ? toValues(record) : emptySource,
  });
  const editor = useRecordEditor({
    form,
    initial: record,
    toValues,
    procedures: client.source.admin,
    labels: SOURCE_LABELS,
    path: "/sources",
    savedMessage,
  });
  const cited = editor.record?.citationCount ?? 0;

  return (
    <EditorShell
      kind="source"
      role={role}
      editor={editor}
      dirty={form.formState.isDirty}
      changeNote={form.register("changeNote")}
    >
      <FormSection
        title="Source"
        description={
          editor.record
            ? `Cited ${cited} ${cited === 1 ? "time" : "times"} (records of any status).`
            : undefined
        }
      >
        <SourceFields form={form} />
      </FormSection>
      {editor.record ? (
        <FormSection title="Link health" description="The daily check of the saved link.">
          <SourceHealth check={editor.record.lastCheck} url={editor.record.form.url} />
        </FormSection>
      ) : null}
    </EditorShell>
  );
}
