import { z } from "zod";

import { collectionEntityType } from "../collections";
import { cursorInput, pageOutput } from "../shared/common.schema";

/** What an audit line is about: a record of any collection, or a rating series, user or token. */
export const entityTypeInput = z.enum([
  ...collectionEntityType.options,
  "RATING_SERIES",
  "USER",
  "API_TOKEN",
]);

/** What the log is filtered by, in the list and the export alike. */
const auditFilters = {
  actorId: z.string().trim().min(1).max(64).optional(),
  /** An exact action ("user.create"), or a prefix ending in a dot ("login.") for a family. */
  action: z.string().trim().min(1).max(100).optional(),
  entityType: entityTypeInput.optional(),
  entityId: z.string().trim().min(1).max(64).optional(),
  /** Inclusive bounds on the entry's time. */
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
};
const endAfterStart: [
  (i: { from?: Date; to?: Date }) => boolean,
  { message: string; path: string[] },
] = [
  (i) => !i.from || !i.to || i.from <= i.to,
  { message: "Pick an end after the start", path: ["to"] },
];

export const auditListInput = z
  .object({
    ...auditFilters,
    limit: z.number().int().min(1).max(200).default(50),
    cursor: cursorInput,
  })
  .refine(...endAfterStart)
  .default({ limit: 50 });
export type AuditListInput = z.infer<typeof auditListInput>;

/** The most entries one export holds; narrow the filters for more. */
export const AUDIT_EXPORT_MAX = 10_000;

export const auditExportInput = z
  .object(auditFilters)
  .refine(...endAfterStart)
  .default({});
export type AuditExportInput = z.infer<typeof auditExportInput>;

export const auditEntryOutput = z.object({
  id: z.string(),
  createdAt: z.date(),
  actorId: z.string().nullable(),
  /** An email, "token:<name>", or "system". */
  actorLabel: z.string(),
  action: z.string(),
  entityType: entityTypeInput.nullable(),
  entityId: z.string().nullable(),
  /** The record's title now (an event's title, a person's name); null once it is purged. */
  entityTitle: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.unknown(),
});
export type AuditEntryOutput = z.infer<typeof auditEntryOutput>;

/** Newest first. */
export const auditListOutput = pageOutput(auditEntryOutput);
export type AuditListOutput = z.infer<typeof auditListOutput>;

/** Every entry the filters match, newest first, up to AUDIT_EXPORT_MAX (`truncated` if more). */
export const auditExportOutput = z.object({
  items: z.array(auditEntryOutput),
  truncated: z.boolean(),
});
export type AuditExportOutput = z.infer<typeof auditExportOutput>;
