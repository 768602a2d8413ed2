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

export const auditListInput = z
  .object({
    actorId: z.string().trim().min(1).max(64).optional(),
    /** An exact action ("user.create"), or a prefix ending in a dot ("login.") for a family. */
    action: z.string().trim().min(1).max(100).optional(),
    entityType: entityTypeInput.optional(),
    entityId: z.string().trim().min(1).max(64).optional(),
    /** Inclusive bounds on the entry's time. */
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    limit: z.number().int().min(1).max(200).default(50),
    cursor: cursorInput,
  })
  .refine((i) => !i.from || !i.to || i.from <= i.to, {
    message: "Pick an end after the start",
    path: ["to"],
  })
  .default({ limit: 50 });
export type AuditListInput = z.infer<typeof auditListInput>;

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
