import type { ApiErrorData } from "../trpc/react";

/**
 * Splits the server's per-field messages (a BAD_REQUEST from zod, or a service's own) into the ones a
 * form can show beside its fields and the rest, which the form shows above itself.
 */
export function splitFieldErrors<Field extends string>(
  data: ApiErrorData,
  fields: readonly Field[],
): { fields: [Field, string][]; other: string[] } {
  const known = new Set<string>(fields);
  const result: { fields: [Field, string][]; other: string[] } = { fields: [], other: [] };
  for (const [path, messages] of Object.entries(data.fieldErrors ?? {})) {
    const message = messages.join(" ");
    if (!message) continue;
    // "scopes.0" belongs to the scopes field.
    const field = path.split(".")[0] ?? path;
    if (known.has(field)) result.fields.push([field as Field, message]);
    else result.other.push(message);
  }
  return result;
}
