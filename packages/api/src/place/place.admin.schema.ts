// The admin's place form and list. Client-safe: zod only.
import { z } from "zod";

import { otherNamesInput } from "../actor/actor.admin.schema";
import { slugOrEmptyInput } from "../shared/admin.schema";
import { cursorInput, limitInput, pageOutput } from "../shared/common.schema";
import { changeNoteInput, expectedVersionInput, recordIdInput } from "../workflow/workflow.schema";

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

export const placeCreateInput = placeForm;
export const placeUpdateInput = placeForm.extend({
  id: recordIdInput,
  expectedVersion: expectedVersionInput,
});
export type PlaceUpdateInput = z.infer<typeof placeUpdateInput>;

export const placeData = z.object({
  name: z.string(),
  slug: z.string(),
  otherNames: z.array(z.string()),
  region: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type PlaceData = z.infer<typeof placeData>;

export const placeAdminListInput = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    trash: z.boolean().default(false),
    sort: z.enum(["updatedAt", "title"]).default("title"),
    order: z.enum(["asc", "desc"]).default("asc"),
    limit: limitInput,
    cursor: cursorInput,
  })
  .default({ trash: false, sort: "title", order: "asc", limit: 20 });
export type PlaceAdminListInput = z.infer<typeof placeAdminListInput>;

export const placeAdminListItem = placeData.extend({
  id: z.string(),
  version: z.number().int(),
  eventCount: z.number().int(),
  deletedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export const placeAdminListOutput = pageOutput(placeAdminListItem);
export type PlaceAdminListOutput = z.infer<typeof placeAdminListOutput>;

export const placeEditOutput = z.object({
  id: z.string(),
  version: z.number().int(),
  deletedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  form: placeData,
  eventCount: z.number().int(),
});
export type PlaceEditOutput = z.infer<typeof placeEditOutput>;
