import { Field, Input } from "@kz/ui";
import type { ComponentProps } from "react";
import type { FieldError } from "react-hook-form";

/** A field's entry in react-hook-form's `errors` (for a Date field, a FieldError merged with more). */
type ErrorOf = Pick<FieldError, "message"> | undefined;

/**
 * A labelled input with its field's error shown below it and the input marked invalid. Which
 * messages describe the input (the error, a hint) is the caller's `aria-describedby`.
 */
export function TextField({
  label,
  id,
  error,
  ...input
}: ComponentProps<typeof Input> & { label: string; id: string; error?: ErrorOf }) {
  return (
    <Field label={label} htmlFor={id} error={error?.message}>
      <Input id={id} aria-invalid={!!error} {...input} />
    </Field>
  );
}

/**
 * An input's `aria-describedby`: its error message while it shows one (see Field), then any other
 * descriptions (a hint's id).
 */
export const describedBy = (id: string, error: ErrorOf, ...more: (string | undefined)[]) =>
  [error ? `${id}-error` : null, ...more].filter(Boolean).join(" ") || undefined;
