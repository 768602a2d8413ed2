import messages from "../../messages/en.json";

/** The /api page's own pieces; what it says about each procedure comes from `@kz/api/docs`. */

const { procedures, fields } = messages.apiDocs;
export type ProcedureMessageKey = keyof typeof procedures;
export type FieldMessageKey = keyof typeof fields;

/**
 * The message describing a procedure: next-intl reads dots as nesting, so `event.list`'s is
 * `procedures.eventList`. Undefined for a procedure the messages do not describe yet.
 */
export function procedureMessageKey(path: string): ProcedureMessageKey | undefined {
  const key = path.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());
  return Object.hasOwn(procedures, key) ? (key as ProcedureMessageKey) : undefined;
}

/** The message describing an input field, when there is one. */
export function fieldMessageKey(name: string): FieldMessageKey | undefined {
  return Object.hasOwn(fields, name) ? (name as FieldMessageKey) : undefined;
}

/** Setting up the typed client (@kz/client) against this site, for readers outside this repository. */
export function clientSetup(siteUrl: string): string {
  return [
    `// Every procedure with its input and output types; built from this project's packages/client.`,
    `import { createClient } from "@kz/client";`,
    ``,
    `export const client = createClient({ url: "${siteUrl.replace(/\/+$/, "")}" });`,
  ].join("\n");
}
