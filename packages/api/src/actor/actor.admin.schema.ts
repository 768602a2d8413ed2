// The admin's actor form and list. Client-safe: zod only.
import { z } from "zod";

import { optionalTextInput, slugOrEmptyInput } from "../shared/admin.schema";
import {
  adminListInput,
  adminListOutput,
  changeNoteInput,
  adminEditOutput,
} from "../workflow/workflow.schema";
import { actorKindOutput } from "../event/event.schema";

export const otherNamesInput = z
  .array(z.string().trim().min(1).max(200))
  .max(50)
  .refine((names) => new Set(names).size === names.length, "Each name only once");

export const PSEUDONYM_MAX_LENGTH = 100;

/** Why a contributor's save that removes a person's protection is refused. */
export const UNPROTECT_REFUSED = "Only an editor can remove a person's protection.";

export const actorForm = z.object({
  name: z.string().trim().min(1, "Enter a name").max(300),
  /** Empty: made from the name, unique with -2, -3 … */
  slug: slugOrEmptyInput,
  kind: actorKindOutput,
  otherNames: otherNamesInput,
  description: z.string().max(20_000),
  /**
   * A person whose identity must never be public: the public sees only the pseudonym, at
   * /actors/withheld-<pseudonym>. Removing it takes an editor.
   */
  isProtected: z.boolean().default(false),
  /** How the public reads a protected person; empty: the next free "Person A", "Person B" … */
  pseudonym: optionalTextInput(PSEUDONYM_MAX_LENGTH),
  changeNote: changeNoteInput,
});
export type ActorForm = z.infer<typeof actorForm>;

export const actorData = z.object({
  name: z.string(),
  slug: z.string(),
  kind: actorKindOutput,
  otherNames: z.array(z.string()),
  description: z.string(),
  // Defaults: working copies and revisions saved before people could be protected.
  isProtected: z.boolean().default(false),
  pseudonym: z.string().nullable().default(null),
});
export type ActorData = z.infer<typeof actorData>;

export const actorAdminListInput = adminListInput(["title", "updatedAt"], "asc", {
  kind: actorKindOutput.optional(),
});
export type ActorAdminListInput = z.infer<typeof actorAdminListInput>;

export const actorAdminListOutput = adminListOutput({
  ...actorData.omit({ description: true }).shape,
  /** Events of any status linking to the actor. */
  eventCount: z.number().int(),
});
export type ActorAdminListOutput = z.infer<typeof actorAdminListOutput>;

export const actorEditOutput = adminEditOutput(actorData, {
  eventCount: z.number().int(),
});
export type ActorEditOutput = z.infer<typeof actorEditOutput>;
