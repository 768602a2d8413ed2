import { z } from "zod";

import { eventSummary } from "../event/event.schema";
import { bySlugInput } from "../shared/common.schema";
import { localeInput, onlyLocaleInput, translationField } from "../translation/locale.schema";

export const placeListItem = z.object({
  slug: z.string(),
  name: z.string(),
  /** Former and alternative names. */
  otherNames: z.array(z.string()),
  region: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  /** Published events at the place. */
  eventCount: z.number().int(),
  ...translationField,
});
export type PlaceListItem = z.infer<typeof placeListItem>;

/** Published places by name. */
export const placeListOutput = z.array(placeListItem);
export type PlaceListOutput = z.infer<typeof placeListOutput>;

/** The list's language (optional, English by default). */
export const placeListInput = onlyLocaleInput;

export const placeBySlugInput = bySlugInput.extend(localeInput);
export type PlaceBySlugInput = z.infer<typeof placeBySlugInput>;

export const placeDetail = placeListItem.extend({
  /** Published events at the place, oldest first. */
  events: z.array(eventSummary),
});
export type PlaceDetail = z.infer<typeof placeDetail>;
