"use client";

import {
  type sourceForm,
  sourceKindOutput,
  type SourceData,
  type SourceForm,
} from "@kz/api/schemas";
import { useWatch, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";

import { FIELD_LABELS } from "../../lib/field-labels";
import { SOURCE_KIND_LABELS } from "./labels";
import { describe, FormField, Select, TextArea, TextInput } from "./form-controls";
import { SlugField } from "./slug-field";

export type SourceFormInput = z.input<typeof sourceForm>;
export type SourceFormReturn = UseFormReturn<SourceFormInput, unknown, SourceForm>;

export const SOURCE_LABELS = FIELD_LABELS.source;

export const emptySource: SourceFormInput = {
  title: "",
  slug: "",
  publisher: "",
  kind: "report",
  url: "",
  publishedDate: "",
  accessedDate: "",
  notes: "",
  changeNote: "",
};

export const sourceValues = (form: SourceData): SourceFormInput => ({
  title: form.title,
  slug: form.slug,
  publisher: form.publisher,
  kind: form.kind,
  url: form.url ?? "",
  publishedDate: form.publishedDate ?? "",
  accessedDate: form.accessedDate ?? "",
  notes: form.notes,
  changeNote: "",
});

/**
 * A source's fields, for its own page and for the "new source" dialog inside other forms (`prefix`
 * keeps the ids apart from the surrounding form's).
 */
export function SourceFields({ form, prefix = "" }: { form: SourceFormReturn; prefix?: string }) {
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const [title, slug] = useWatch({ control, name: ["title", "slug"] });
  const id = (name: string) => `${prefix}${name}`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <FormField
        id={id("title")}
        label="Title"
        error={errors.title?.message}
        className="sm:col-span-2"
      >
        <TextInput {...describe(id("title"), errors.title?.message)} {...register("title")} />
      </FormField>
      {prefix ? null : (
        <div className="sm:col-span-2">
          <SlugField
            registration={register("slug")}
            title={title}
            slug={slug}
            error={errors.slug?.message}
            fallback="source"
            publicPath="/sources/"
          />
        </div>
      )}
      <FormField id={id("publisher")} label="Publisher" error={errors.publisher?.message}>
        <TextInput
          {...describe(id("publisher"), errors.publisher?.message)}
          {...register("publisher")}
        />
      </FormField>
      <FormField id={id("kind")} label="Kind" error={errors.kind?.message}>
        <Select {...describe(id("kind"), errors.kind?.message)} {...register("kind")}>
          {sourceKindOutput.options.map((k) => (
            <option key={k} value={k}>
              {SOURCE_KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField
        id={id("url")}
        label="Link"
        optional
        error={errors.url?.message}
        className="sm:col-span-2"
      >
        <TextInput
          type="url"
          inputMode="url"
          placeholder="https://…"
          {...describe(id("url"), errors.url?.message)}
          {...register("url")}
        />
      </FormField>
      <FormField
        id={id("publishedDate")}
        label="Date published"
        optional
        error={errors.publishedDate?.message}
      >
        <TextInput
          type="date"
          {...describe(id("publishedDate"), errors.publishedDate?.message)}
          {...register("publishedDate")}
        />
      </FormField>
      <FormField
        id={id("accessedDate")}
        label="Date accessed"
        optional
        error={errors.accessedDate?.message}
      >
        <TextInput
          type="date"
          {...describe(id("accessedDate"), errors.accessedDate?.message)}
          {...register("accessedDate")}
        />
      </FormField>
      {prefix ? null : (
        <FormField
          id={id("notes")}
          label="Notes"
          optional
          error={errors.notes?.message}
          hint="Plain text, shown on the source's public page."
          className="sm:col-span-2"
        >
          <TextArea
            rows={5}
            {...describe(id("notes"), errors.notes?.message, true)}
            {...register("notes")}
          />
        </FormField>
      )}
    </div>
  );
}
