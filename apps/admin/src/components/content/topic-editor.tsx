"use client";

import { topicForm, type TopicEditOutput, type TopicForm } from "@kz/api/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { z } from "zod";

import { FIELD_LABELS } from "../../lib/field-labels";
import type { Role } from "../../lib/roles";
import { useTRPCClient } from "../../trpc/react";
import {
  CitationsEditor,
  citationValues,
  citedSources,
  type CitationsForm,
} from "./citations-editor";
import { EditorShell } from "./editor-shell";
import { describe, FormField, FormSection, numberOrNull, TextInput } from "./form-controls";
import { MarkdownEditor } from "./markdown-editor";
import { SlugField } from "./slug-field";
import { useRecordEditor } from "./use-record-editor";

type TopicFormInput = z.input<typeof topicForm>;

const toValues = (r: TopicEditOutput): TopicFormInput => ({
  ...r.form,
  citations: citationValues(r.form.citations),
  changeNote: "",
});

export function TopicEditor({
  record,
  role,
  nextPosition,
}: {
  record: TopicEditOutput | null;
  role: Role;
  nextPosition: number;
}) {
  const client = useTRPCClient();
  const form = useForm<TopicFormInput, unknown, TopicForm>({
    resolver: zodResolver(topicForm),
    defaultValues: record
      ? toValues(record)
      : { name: "", slug: "", overview: "", position: nextPosition, citations: [], changeNote: "" },
  });
  const editor = useRecordEditor({
    form,
    initial: record,
    toValues,
    load: useCallback((id: string) => client.topic.admin.getForEdit.query({ id }), [client]),
    save: (values, target) =>
      target
        ? client.topic.admin.update.mutate({ ...values, ...target })
        : client.topic.admin.create.mutate(values),
    labels: FIELD_LABELS.topic,
    path: "/topics",
  });
  const {
    register,
    control,
    formState: { errors, isDirty },
  } = form;
  const [name, slug, overview] = useWatch({ control, name: ["name", "slug", "overview"] });

  return (
    <EditorShell
      kind="topic"
      role={role}
      editor={editor}
      dirty={isDirty}
      changeNote={register("changeNote")}
    >
      <FormSection title="Topic">
        <FormField id="name" label="Name" error={errors.name?.message}>
          <TextInput {...describe("name", errors.name?.message)} {...register("name")} />
        </FormField>
        <SlugField
          registration={register("slug")}
          title={name}
          slug={slug}
          error={errors.slug?.message}
          fallback="topic"
          publicPath="/topics/"
        />
        <FormField
          id="position"
          label="Position"
          error={errors.position?.message}
          hint="Topics are listed by position, smallest first."
        >
          <TextInput
            type="number"
            min={0}
            className="w-32"
            {...describe("position", errors.position?.message, true)}
            {...register("position", { setValueAs: numberOrNull })}
          />
        </FormField>
      </FormSection>
      <FormSection title="Overview">
        <MarkdownEditor
          id="overview"
          label="Overview"
          registration={register("overview")}
          value={overview}
          error={errors.overview?.message}
        />
      </FormSection>
      <FormSection title="Citations" description="Sources for the overview, in footnote order.">
        <CitationsEditor
          form={form as unknown as CitationsForm}
          known={citedSources(editor.record?.citations ?? [])}
          disabled={!!editor.record?.deletedAt}
        />
      </FormSection>
    </EditorShell>
  );
}
