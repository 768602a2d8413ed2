import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import { splitFieldErrors } from "../lib/form-errors";
import { apiErrorData } from "./react";

/**
 * Shows a failed mutation's per-field messages beside the form's fields (focusing the first), and
 * returns the message to show above the form, or null when the fields say it all.
 */
export function showServerErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fields: readonly Path<Values>[],
  /** Fields whose items have inputs of their own (see splitFieldErrors). */
  nested: readonly string[] = [],
): string | null {
  const split = splitFieldErrors(apiErrorData(error), fields, nested);
  split.fields.forEach(([field, message], i) =>
    setError(field, { type: "server", message }, { shouldFocus: i === 0 }),
  );
  if (split.other.length) return split.other.join(" ");
  if (split.fields.length) return null;
  return errorMessage(error);
}

/** A failed call's message for people: the API's messages are written for them. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message && error.message !== "Failed to fetch") {
    return error.message;
  }
  return "The server could not be reached. Check your connection and try again.";
}
