"use client";

import { actorForm, actorKindOutput, type ActorEditOutput, type ActorForm } from "@kz/api/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";

import { FIELD_LABELS } from "../../lib/field-labels";
import type { Role } from "../../lib/roles";
import { useTRPCClient } from "../../trpc/react";
import { EditorShell } from "./editor-shell";
import { describe, FormField, FormSection, Select, TextArea, TextInput } from "./form-controls";
import { ACTOR_KIND_LABELS } from "./labels";
import { LinesInput } from "./lines-input";
import { SlugField } from "./slug-field";
import { useRecordEditor } from "./use-record-editor";

type ActorFormInput = z.input<typeof actorForm>;

const toValues = (r: ActorEditOutput): ActorFormInput => ({ ...r.form, changeNote: "" });

export function ActorEditor({ record, role }: { record: ActorEditOutput | null; role: Role }) {
  const client = useTRPCClient();
  const form = useForm<ActorFormInput, unknown, ActorForm>({
    resolver: zodResolver(actorForm),
    defaultValues: record
      ? toValues(record)
      : { name: "", slug: "", kind: "person", otherNames: [], description: "", changeNote: "" },
  });
  const editor = useRecordEditor({
    form,
    initial: record,
    toValues,
    load: useCallback((id: string) => client.actor.admin.getForEdit.query({ id }), [client]),
    save: (values, target) =>
      target
        ? client.actor.admin.update.mutate({ ...values, ...target })
        : client.actor.admin.create.mutate(values),
    labels: FIELD_LABELS.actor,
    path: "/actors",
  });
  const {
    register,
    control,
    formState: { errors, isDirty },
  } = form;
  const [name, slug] = useWatch({ control, name: ["name", "slug"] });
  const otherNamesError =
    errors.otherNames?.message ?? errors.otherNames?.find?.((e) => e)?.message;

  return (
    <EditorShell
      kind="actor"
      role={role}
      editor={editor}
      dirty={isDirty}
      changeNote={register("changeNote")}
    >
      <FormSection
        title="Actor"
        description={
          editor.record ? `Named in ${editor.record.eventCount} events (of any status).` : undefined
        }
      >
        <FormField id="name" label="Name" error={errors.name?.message}>
          <TextInput {...describe("name", errors.name?.message)} {...register("name")} />
        </FormField>
        <SlugField
          registration={register("slug")}
          title={name}
          slug={slug}
          error={errors.slug?.message}
          fallback="actor"
          publicPath="/actors/"
        />
        <FormField id="kind" label="Kind" error={errors.kind?.message}>
          <Select
            className="w-64"
            {...describe("kind", errors.kind?.message)}
            {...register("kind")}
          >
            {actorKindOutput.options.map((k) => (
              <option key={k} value={k}>
                {ACTOR_KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          id="otherNames"
          label="Other names"
          optional
          error={otherNamesError}
          hint="One per line: spellings, transliterations, former names."
        >
          <Controller
            control={control}
            name="otherNames"
            render={({ field }) => (
              <LinesInput
                ref={field.ref}
                {...describe("otherNames", otherNamesError, true)}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
        </FormField>
        <FormField
          id="description"
          label="Description"
          optional
          error={errors.description?.message}
          hint="Plain text, shown on the actor's public page."
        >
          <TextArea
            rows={5}
            {...describe("description", errors.description?.message, true)}
            {...register("description")}
          />
        </FormField>
      </FormSection>
    </EditorShell>
  );
}
