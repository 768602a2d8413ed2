"use client";

import {
  type sourceForm,
  sourceKindOutput,
  type SourceData,
  type SourceForm,
} from "@kz/api/schemas";
import type { ComponentProps } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";

import { FIELD_LABELS } from "../../lib/field-labels";
import { SOURCE_KIND_LABELS } from "./labels";
import { describe, FormField, Select, TextArea, TextInput } from "./form-controls";
import { SlugField } from "./slug-field";

export type SourceFormInput = z.input<typeof sourceForm>;
export type SourceFormReturn = UseFormReturn<SourceFormInput, unknown, SourceForm>;

type TextOptions = ComponentProps<"input"> & { optional?: boolean; wide?: boolean };

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
  archiveUrl: "",
  verifiedBy: "",
  verifiedOn: "",
  verificationNote: "",
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
  archiveUrl: form.archiveUrl ?? "",
  verifiedBy: form.verifiedBy ?? "",
  verifiedOn: form.verifiedOn ?? "",
  verificationNote: form.verificationNote,
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
  // A text input (`wide`: across both columns); `input` is passed on to it.
  const text = (
    name:
      | "title"
      | "publisher"
      | "url"
      | "publishedDate"
      | "accessedDate"
      | "archiveUrl"
      | "verifiedBy"
      | "verifiedOn",
    label: string,
    { optional, wide, hint, ...input }: TextOptions & { hint?: string } = {},
  ) => (
    <FormField
      id={id(name)}
      label={label}
      optional={optional}
      hint={hint}
      error={errors[name]?.message}
      className={wide ? "sm:col-span-2" : undefined}
    >
      <TextInput
        {...input}
        {...describe(id(name), errors[name]?.message, Boolean(hint))}
        {...register(name)}
      />
    </FormField>
  );
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {text("title", "Title", { wide: true })}
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
      {text("publisher", "Publisher")}
      <FormField id={id("kind")} label="Kind" error={errors.kind?.message}>
        <Select {...describe(id("kind"), errors.kind?.message)} {...register("kind")}>
          {sourceKindOutput.options.map((k) => (
            <option key={k} value={k}>
              {SOURCE_KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </FormField>
      {text("url", "Link", {
        optional: true,
        wide: true,
        type: "url",
        inputMode: "url",
        placeholder: "https://…",
      })}
      {text("archiveUrl", "Archived copy", {
        optional: true,
        wide: true,
        type: "url",
        inputMode: "url",
        placeholder: "https://web.archive.org/web/…",
        hint: "A copy in the Wayback Machine, archive.today or perma.cc.",
      })}
      {text("publishedDate", "Date published", { optional: true, type: "date" })}
      {text("accessedDate", "Date accessed", { optional: true, type: "date" })}
      {prefix ? null : (
        <fieldset className="space-y-4 rounded-md border border-slate-200 p-4 sm:col-span-2">
          <legend className="px-1 text-sm font-semibold text-slate-800">Verification</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {text("verifiedBy", "Verified by", { optional: true })}
            {text("verifiedOn", "Verified on", { optional: true, type: "date" })}
            <FormField
              id={id("verificationNote")}
              label="How it was verified"
              optional
              error={errors.verificationNote?.message}
              hint="What confirmed the address, title and publisher (a stored copy, the publisher's site…)."
              className="sm:col-span-2"
            >
              <TextArea
                rows={3}
                {...describe(id("verificationNote"), errors.verificationNote?.message, true)}
                {...register("verificationNote")}
              />
            </FormField>
          </div>
        </fieldset>
      )}
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
