import { z } from "zod";

import { eventSummary } from "../event/event.schema";
import { wholeListSchemas } from "../shared/whole-list.schema";

/** Published places by name; a place's page lists its published events, oldest first. */
export const placeSchemas = wholeListSchemas(
  {
    name: z.string(),
    /** Former and alternative names. */
    otherNames: z.array(z.string()),
    region: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
  },
  { events: z.array(eventSummary) },
);

export type PlaceListItem = z.infer<typeof placeSchemas.listItem>;
export type PlaceListOutput = z.infer<typeof placeSchemas.listOutput>;
export type PlaceBySlugInput = z.infer<typeof placeSchemas.bySlugInput>;
export type PlaceDetail = z.infer<typeof placeSchemas.detail>;
