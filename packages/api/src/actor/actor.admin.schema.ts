// The admin's actor form and list. Client-safe: zod only.
import { z } from "zod";

import { slugOrEmptyInput } from "../shared/admin.schema";
import { cursorInput, limitInput, pageOutput } from "../shared/common.schema";
import { changeNoteInput, expectedVersionInput, recordIdInput } from "../workflow/workflow.schema";
import { actorKindOutput } from "../event/event.schema";

export const otherNamesInput = z
  .array(z.string().trim().min(1).max(200))
  .max(50)
  .refine((names) => new Set(names).size === names.length, "Each name only once");

export const actorForm = z.object({
  name: z.string().trim().min(1, "Enter a name").max(300),
  /** Empty: made from the name, unique with -2, -3 … */
  slug: slugOrEmptyInput,
  kind: actorKindOutput,
  otherNames: otherNamesInput,
  description: z.string().max(20_000),
  changeNote: changeNoteInput,
});
export type ActorForm = z.infer<typeof actorForm>;

export const actorCreateInput = actorForm;
export const actorUpdateInput = actorForm.extend({
  id: recordIdInput,
  expectedVersion: expectedVersionInput,
});
export type ActorUpdateInput = z.infer<typeof actorUpdateInput>;

export const actorData = z.object({
  name: z.string(),
  slug: z.string(),
  kind: actorKindOutput,
  otherNames: z.array(z.string()),
  description: z.string(),
});
export type ActorData = z.infer<typeof actorData>;

/** Saves of actors and places are public at once: there is no workflow status. */
export const liveResultOutput = z.object({
  id: z.string(),
  version: z.number().int(),
  deleted: z.boolean(),
});

export const liveActionInput = z.object({
  id: recordIdInput,
  expectedVersion: expectedVersionInput,
  note: changeNoteInput,
});

export const actorAdminListInput = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    kind: actorKindOutput.optional(),
    trash: z.boolean().default(false),
    sort: z.enum(["updatedAt", "title"]).default("title"),
    order: z.enum(["asc", "desc"]).default("asc"),
    limit: limitInput,
    cursor: cursorInput,
  })
  .default({ trash: false, sort: "title", order: "asc", limit: 20 });
export type ActorAdminListInput = z.infer<typeof actorAdminListInput>;

export const actorAdminListItem = actorData.omit({ description: true }).extend({
  id: z.string(),
  version: z.number().int(),
  /** Events of any status linking to the actor. */
  eventCount: z.number().int(),
  deletedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export const actorAdminListOutput = pageOutput(actorAdminListItem);
export type ActorAdminListOutput = z.infer<typeof actorAdminListOutput>;

export const actorEditOutput = z.object({
  id: z.string(),
  version: z.number().int(),
  deletedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  form: actorData,
  eventCount: z.number().int(),
});
export type ActorEditOutput = z.infer<typeof actorEditOutput>;
