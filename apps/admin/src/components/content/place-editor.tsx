"use client";

import { placeForm, type PlaceEditOutput, type PlaceForm } from "@kz/api/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";

import { FIELD_LABELS } from "../../lib/field-labels";
import type { Role } from "../../lib/roles";
import { useTRPCClient } from "../../trpc/react";
import { EditorShell } from "./editor-shell";
import { describe, FormField, FormSection, numberOrNull, TextInput } from "./form-controls";
import { LinesInput } from "./lines-input";
import { SlugField } from "./slug-field";
import { useRecordEditor } from "./use-record-editor";

type PlaceFormInput = z.input<typeof placeForm>;

const toValues = (r: PlaceEditOutput): PlaceFormInput => ({
  ...r.form,
  region: r.form.region ?? "",
  changeNote: "",
});

export function PlaceEditor({ record, role }: { record: PlaceEditOutput | null; role: Role }) {
  const client = useTRPCClient();
  const form = useForm<PlaceFormInput, unknown, PlaceForm>({
    resolver: zodResolver(placeForm),
    defaultValues: record
      ? toValues(record)
      : {
          name: "",
          slug: "",
          otherNames: [],
          region: "",
          latitude: null,
          longitude: null,
          changeNote: "",
        },
  });
  const editor = useRecordEditor({
    form,
    initial: record,
    toValues,
    load: useCallback((id: string) => client.place.admin.getForEdit.query({ id }), [client]),
    save: (values, target) =>
      target
        ? client.place.admin.update.mutate({ ...values, ...target })
        : client.place.admin.create.mutate(values),
    labels: FIELD_LABELS.place,
    path: "/places",
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
      kind="place"
      role={role}
      editor={editor}
      dirty={isDirty}
      changeNote={register("changeNote")}
    >
      <FormSection
        title="Place"
        description={
          editor.record
            ? `Linked to ${editor.record.eventCount} events (of any status).`
            : undefined
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
          fallback="place"
          publicPath="/places/"
        />
        <FormField
          id="otherNames"
          label="Other names"
          optional
          error={otherNamesError}
          hint="One per line: former names, other spellings."
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
        <FormField id="region" label="Region" optional error={errors.region?.message}>
          <TextInput {...describe("region", errors.region?.message)} {...register("region")} />
        </FormField>
        <div className="flex flex-wrap gap-4">
          <FormField id="latitude" label="Latitude" optional error={errors.latitude?.message}>
            <TextInput
              type="number"
              step="any"
              inputMode="decimal"
              className="w-40"
              {...describe("latitude", errors.latitude?.message)}
              {...register("latitude", { setValueAs: numberOrNull })}
            />
          </FormField>
          <FormField id="longitude" label="Longitude" optional error={errors.longitude?.message}>
            <TextInput
              type="number"
              step="any"
              inputMode="decimal"
              className="w-40"
              {...describe("longitude", errors.longitude?.message)}
              {...register("longitude", { setValueAs: numberOrNull })}
            />
          </FormField>
        </div>
      </FormSection>
    </EditorShell>
  );
}
