"use client";

import type { UseFormRegisterReturn } from "react-hook-form";

import { slugPreview } from "../../lib/slug";
import { describe, FormField, TextInput } from "./form-controls";

/** The slug input, with the address the record will have: typed, or made from the title. */
export function SlugField({
  registration,
  title,
  slug,
  error,
  fallback,
  publicPath,
}: {
  registration: UseFormRegisterReturn;
  title: string;
  slug: string | null | undefined;
  error?: string;
  /** What a slug falls back to when the title has no letters ("event"). */
  fallback: string;
  /** The public page's path prefix ("/events/"), if the kind has pages. */
  publicPath?: string;
}) {
  const preview = slugPreview(title ?? "", slug, fallback);
  return (
    <FormField
      id="slug"
      label="Slug"
      optional
      error={error}
      hint={
        <>
          {preview.generated ? "Leave empty to make one from the title: " : "The address: "}
          <code className="rounded bg-slate-100 px-1" data-testid="slug-preview">
            {publicPath ?? ""}
            {preview.slug}
          </code>
          {preview.generated ? " (-2, -3 … is added if another record has it)." : null}
        </>
      }
    >
      <TextInput
        {...describe("slug", error, true)}
        {...registration}
        autoComplete="off"
        spellCheck={false}
        placeholder={preview.generated ? preview.slug : undefined}
        className="font-mono text-sm"
      />
    </FormField>
  );
}
