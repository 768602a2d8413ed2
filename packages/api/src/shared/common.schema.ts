// Zod building blocks shared by the domain schemas. Client-safe: zod only.
import { z } from "zod";

// Every schema builds on these: importing them sets the messages for checks without their own.
import "./validation-messages";

export const slugInput = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9-]+$/, "Use lowercase letters, digits and hyphens");

export const isoDateInput = z.iso.date({ message: "Use a date as YYYY-MM-DD" });

// Postgres text cannot hold NUL, and control characters mean nothing to a search: they become
// spaces before validation, so hostile input is refused or searched, never a 500.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** Free text for full-text search. */
export const searchTextInput = z
  .string()
  .transform((s) => s.replace(CONTROL_CHARACTERS, " "))
  .pipe(z.string().trim().min(1, "Enter something to search for").max(200));

export const limitInput = z.number().int().min(1).max(100).default(20);
export const cursorInput = z.string().min(1).max(200).nullish();

export const bySlugInput = z.object({ slug: slugInput });
export type BySlugInput = z.infer<typeof bySlugInput>;

/** Outputs. Calendar dates are "YYYY-MM-DD"; instants are ISO 8601 strings in UTC. */
export const isoDateOutput = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const instantOutput = z.iso.datetime();

export const refOutput = z.object({ slug: z.string(), name: z.string() });
export type RefOutput = z.infer<typeof refOutput>;

/** A footnote: the (published) source it rests on, where in it, and what it says. */
export const citationOutput = z.object({
  source: z.object({
    slug: z.string(),
    title: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
  }),
  locator: z.string().nullable(),
  quote: z.string().nullable(),
  /** Whose words the source reports ("eyewitnesses"): the claim is theirs, reported in the source. */
  attributedTo: z.string().nullable(),
  /** The person or organisation named in the attribution, where published. */
  attributedActor: refOutput.nullable(),
});
export type CitationOutput = z.infer<typeof citationOutput>;

/** The shape of every paginated list. */
export const pageOutput = <Item extends z.ZodType>(item: Item) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int(),
  });

/** A run of snippet text; `match` marks the words that matched the query. Plain text, never HTML. */
export const snippetSegment = z.object({ text: z.string(), match: z.boolean() });
export type SnippetSegment = z.infer<typeof snippetSegment>;
