import type { ApiErrorData } from "../trpc/react";

/**
 * Splits the server's per-field messages (a BAD_REQUEST from zod, or a service's own) into the ones a
 * form can show beside its fields and the rest, which the form shows above itself.
 */
export function splitFieldErrors<Field extends string>(
  data: ApiErrorData,
  fields: readonly Field[],
  /**
   * Fields whose items have inputs of their own (a case's timeline): a message on
   * "entries.1.date" goes to that input rather than to the list.
   */
  nested: readonly string[] = [],
): { fields: [Field, string][]; other: string[] } {
  const known = new Set<string>(fields);
  const result: { fields: [Field, string][]; other: string[] } = { fields: [], other: [] };
  for (const [path, messages] of Object.entries(data.fieldErrors ?? {})) {
    const message = messages.join(" ");
    if (!message) continue;
    // "scopes.0" belongs to the scopes field.
    const [field = path, , input] = path.split(".");
    if (!known.has(field)) result.other.push(message);
    else result.fields.push([(nested.includes(field) && input ? path : field) as Field, message]);
  }
  return result;
}
