// The admin's place form and list. Client-safe: zod only.
import { z } from "zod";

import { otherNamesInput } from "../actor/actor.admin.schema";
import { slugOrEmptyInput } from "../shared/admin.schema";
import {
  adminListInput,
  adminListOutput,
  changeNoteInput,
  adminEditOutput,
} from "../workflow/workflow.schema";

export const placeForm = z.object({
  name: z.string().trim().min(1, "Enter a name").max(200),
  /** Empty: made from the name, unique with -2, -3 … */
  slug: slugOrEmptyInput,
  /** Former and alternative names. */
  otherNames: otherNamesInput,
  region: z.string().trim().max(200).nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  changeNote: changeNoteInput,
});
export type PlaceForm = z.infer<typeof placeForm>;

export const placeData = z.object({
  name: z.string(),
  slug: z.string(),
  otherNames: z.array(z.string()),
  region: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type PlaceData = z.infer<typeof placeData>;

export const placeAdminListInput = adminListInput(["title", "updatedAt"], "asc");
export type PlaceAdminListInput = z.infer<typeof placeAdminListInput>;

export const placeAdminListOutput = adminListOutput({
  ...placeData.shape,
  /** Events of any status linking to the place. */
  eventCount: z.number().int(),
});
export type PlaceAdminListOutput = z.infer<typeof placeAdminListOutput>;

export const placeEditOutput = adminEditOutput(placeData, {
  eventCount: z.number().int(),
});
export type PlaceEditOutput = z.infer<typeof placeEditOutput>;
