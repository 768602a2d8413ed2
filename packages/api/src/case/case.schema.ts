// Cases: the admin form (the same schema validates the form and the API), the stored content, and
// the public outputs. Client-safe: zod only.
import { z } from "zod";

import { actorKindOutput, eventSummary } from "../event/event.schema";
import { linkedNameOutput, localeInput, translationField } from "../translation/locale.schema";
import { datePrecisionInput } from "../event/event.admin.schema";
import {
  citationData,
  citationEditOutput,
  citationsInput,
  idListInput,
  optionalDateInput,
  optionalTextInput,
  refWithIdOutput,
  slugOrEmptyInput,
} from "../shared/admin.schema";
import {
  bySlugInput,
  citationOutput,
  isoDateInput,
  isoDateOutput,
  refOutput,
} from "../shared/common.schema";
import {
  adminEditOutput,
  adminListInput,
  adminListOutput,
  changeNoteInput,
  workflowStatusInput,
} from "../workflow/workflow.schema";

export const caseKindInput = z.enum([
  "detention",
  "prosecution",
  "physical_attack",
  "harassment",
  "other",
]);
export type CaseKindInput = z.infer<typeof caseKindInput>;

export const caseStatusInput = z.enum([
  "arrested",
  "detained",
  "charged",
  "convicted",
  "sentenced",
  "released",
  "restricted",
  "acquitted",
  "attacked",
  "deceased",
  "other",
]);
export type CaseStatusInput = z.infer<typeof caseStatusInput>;

/**
 * Statuses that mean the person was held: a release needs one before it, and a case whose last
 * known status is one of them counts as "last known to be held".
 */
export const HELD_STATUSES: readonly CaseStatusInput[] = [
  "arrested",
  "detained",
  "convicted",
  "sentenced",
];

/**
 * A sentence's term as sources give it: "7 years", "2 years 6 months", "18 months", "30 days",
 * "life". Anything else is refused rather than stored unreadable.
 */
export const SENTENCE_TERM =
  /^(life|(\d{1,3}) (years?|months?|days?)(,? (\d{1,3}) (months?|days?))?)( .{1,80})?$/i;

export const caseEntryInput = z.object({
  date: isoDateInput,
  datePrecision: datePrecisionInput,
  status: caseStatusInput,
  /** For a sentence: its term ("7 years"). */
  term: optionalTextInput(100),
  note: z.string().trim().max(2000),
  citations: citationsInput,
});
export type CaseEntryInput = z.infer<typeof caseEntryInput>;

export const caseFindingInput = z.object({
  /** The international body: "UN Working Group on Arbitrary Detention". */
  body: z.string().trim().min(1, "Name the body").max(300),
  finding: z.string().trim().min(1, "Say what it found").max(2000),
  date: optionalDateInput,
  datePrecision: datePrecisionInput,
  citations: citationsInput,
});
export type CaseFindingInput = z.infer<typeof caseFindingInput>;

const dayOf = (date: string, precision: string) =>
  precision === "year" ? date.slice(0, 4) : precision === "month" ? date.slice(0, 7) : date;

/**
 * What makes a timeline unreadable, as field messages: an entry dated before the arrest, a
 * release of someone never held, a term where there is no sentence or one that does not parse.
 */
export function timelineIssues(
  entries: readonly Pick<CaseEntryInput, "date" | "datePrecision" | "status" | "term">[],
): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const arrest = entries.find((e) => e.status === "arrested");
  entries.forEach((entry, i) => {
    const at = (field: string, message: string) =>
      issues.push({ path: ["entries", i, field], message });
    // Compared at the coarser precision of the two: "2018" is not before "2018-03-02".
    if (arrest && entry !== arrest && entry.status !== "other") {
      const coarse = [entry.datePrecision, arrest.datePrecision].includes("year")
        ? "year"
        : [entry.datePrecision, arrest.datePrecision].includes("month")
          ? "month"
          : "day";
      if (dayOf(entry.date, coarse) < dayOf(arrest.date, coarse))
        at("date", `This is dated before the arrest (${dayOf(arrest.date, arrest.datePrecision)})`);
    }
    if (entry.status === "released") {
      const heldBefore = entries.some(
        (e, j) => j !== i && HELD_STATUSES.includes(e.status) && e.date <= entry.date,
      );
      if (!heldBefore)
        at("status", "A release needs an earlier entry saying the person was arrested or held");
    }
    const term = entry.term?.trim();
    if (entry.status === "sentenced") {
      if (!term) at("term", 'Give the sentence\'s term, e.g. "7 years"');
      else if (!SENTENCE_TERM.test(term))
        at("term", 'Write the term as "7 years", "2 years 6 months", "18 months" or "life"');
    } else if (term) at("term", "Only a sentence has a term: leave this empty");
  });
  return issues;
}

/** The case form, for creating and (with id and expectedVersion) editing. */
export const caseForm = z
  .object({
    title: z.string().trim().min(1, "Enter a title").max(300),
    /** Empty: made from the title, unique with -2, -3 … */
    slug: slugOrEmptyInput,
    kind: caseKindInput,
    summary: z.string().trim().max(2000),
    /** The people concerned the record names, in order. */
    actorIds: idListInput,
    /** People concerned the record does not name ("four other members of the group"). */
    unnamedCount: z.number().int("Use a whole number").min(0).max(10_000),
    charges: z.string().trim().max(2000),
    /** Articles of a code, where the source gives them. */
    articles: z.array(z.string().trim().min(1).max(200)).max(50),
    authority: z.string().trim().max(300),
    detentionPlace: z.string().trim().max(300),
    /** The timeline, in date order when saved. */
    entries: z.array(caseEntryInput).max(200),
    findings: z.array(caseFindingInput).max(50),
    eventIds: idListInput,
    topicIds: idListInput,
    changeNote: changeNoteInput,
  })
  .superRefine((form, ctx) => {
    if (!form.actorIds.length && form.unnamedCount === 0)
      ctx.addIssue({
        code: "custom",
        path: ["actorIds"],
        message: "Choose the people concerned, or give how many are not named",
      });
    for (const issue of timelineIssues(form.entries)) ctx.addIssue({ code: "custom", ...issue });
  });
export type CaseForm = z.infer<typeof caseForm>;

const entryData = z.object({
  date: z.string(),
  datePrecision: datePrecisionInput,
  status: caseStatusInput,
  term: z.string().nullable(),
  note: z.string(),
  citations: z.array(citationData),
});
const findingData = z.object({
  body: z.string(),
  finding: z.string(),
  date: z.string().nullable(),
  datePrecision: datePrecisionInput,
  citations: z.array(citationData),
});

/** A case as saved: the form, normalised (slug set, dates at their precision, entries in order). */
export const caseData = z.object({
  title: z.string(),
  slug: z.string(),
  kind: caseKindInput,
  summary: z.string(),
  actorIds: z.array(z.string()),
  unnamedCount: z.number().int(),
  charges: z.string(),
  articles: z.array(z.string()),
  authority: z.string(),
  detentionPlace: z.string(),
  entries: z.array(entryData),
  findings: z.array(findingData),
  eventIds: z.array(z.string()),
  topicIds: z.array(z.string()),
});
export type CaseData = z.infer<typeof caseData>;

export const caseAdminListInput = adminListInput(["updatedAt", "title"], "desc", {
  kind: caseKindInput.optional(),
  lastStatus: caseStatusInput.optional(),
});
export type CaseAdminListInput = z.infer<typeof caseAdminListInput>;

export const caseAdminListOutput = adminListOutput({
  slug: z.string(),
  title: z.string(),
  kind: caseKindInput,
  /** The names of the people concerned, for the list. */
  people: z.array(z.string()),
  lastStatus: caseStatusInput.nullable(),
  entryCount: z.number().int(),
});
export type CaseAdminListOutput = z.infer<typeof caseAdminListOutput>;

export const caseEditOutput = adminEditOutput(caseData, {
  actors: z.array(refWithIdOutput.extend({ status: workflowStatusInput })),
  events: z.array(refWithIdOutput),
  topics: z.array(refWithIdOutput),
  /** Every source the record cites (entries and findings), for the citation editors. */
  citations: z.array(citationEditOutput),
});
export type CaseEditOutput = z.infer<typeof caseEditOutput>;

// ───────────── Public ─────────────

export const caseListInput = z
  .object({
    lastStatus: caseStatusInput.optional(),
    kind: caseKindInput.optional(),
    /** Cases with a timeline entry in this year. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Topic slug. */
    topic: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(100)
      .optional(),
    /** Cases concerning this person (their public slug). */
    actor: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(120)
      .optional(),
    /** Cases linked to this event. */
    event: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(200)
      .optional(),
    ...localeInput,
  })
  .prefault({});
export type CaseListInput = z.infer<typeof caseListInput>;

export const casePerson = z.object({
  slug: z.string(),
  name: z.string(),
  kind: actorKindOutput,
  /** A protected person: `name` is a pseudonym. */
  nameWithheld: z.boolean(),
});

/** The latest entry of a timeline: what is last known, as of when, and on whose word. */
export const lastKnownStatus = z.object({
  status: caseStatusInput,
  date: isoDateOutput,
  datePrecision: datePrecisionInput,
  term: z.string().nullable(),
  /** The sources of that entry (published ones), first first. */
  sources: z.array(refOutput.extend({ publisher: z.string() })),
});
export type LastKnownStatus = z.infer<typeof lastKnownStatus>;

export const caseListItem = z.object({
  slug: z.string(),
  title: z.string(),
  kind: caseKindInput,
  summary: z.string(),
  people: z.array(casePerson),
  unnamedCount: z.number().int(),
  lastKnown: lastKnownStatus.nullable(),
  /** The year of its first and of its last entry. */
  firstYear: z.number().int().nullable(),
  lastYear: z.number().int().nullable(),
  topics: z.array(linkedNameOutput),
  /** When it was last published (ISO 8601). */
  updatedAt: z.string(),
  /** With `locale`: which of its fields fell back to English. */
  translation: translationField.translation,
});
export type CaseListItem = z.infer<typeof caseListItem>;

export const caseListOutput = z.object({
  items: z.array(caseListItem),
  /**
   * Published cases (and the people in them, named or not) whose last known status is one of
   * HELD_STATUSES, over the whole record whatever the filters.
   */
  held: z.object({
    cases: z.number().int(),
    people: z.number().int(),
    /** The earliest and latest as-of dates among them. */
    asOfFrom: isoDateOutput.nullable(),
    asOfTo: isoDateOutput.nullable(),
  }),
});
export type CaseListOutput = z.infer<typeof caseListOutput>;

export const caseBySlugInput = bySlugInput.extend(localeInput);

export const caseEntryOutput = z.object({
  date: isoDateOutput,
  datePrecision: datePrecisionInput,
  status: caseStatusInput,
  term: z.string().nullable(),
  note: z.string(),
  citations: z.array(citationOutput),
});

export const caseDetail = caseListItem.extend({
  ...translationField,
  charges: z.string(),
  articles: z.array(z.string()),
  authority: z.string(),
  detentionPlace: z.string(),
  /** The timeline, oldest first. */
  entries: z.array(caseEntryOutput),
  findings: z.array(
    z.object({
      body: z.string(),
      finding: z.string(),
      date: isoDateOutput.nullable(),
      datePrecision: datePrecisionInput,
      citations: z.array(citationOutput),
    }),
  ),
  events: z.array(eventSummary),
});
export type CaseDetail = z.infer<typeof caseDetail>;
