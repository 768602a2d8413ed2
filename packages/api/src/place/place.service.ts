import type { Db, Place } from "@kz/db";

import { notFound } from "../errors";
import { publishedEventSummaries, type SiteContext } from "../event/event.service";
import { publishedEvent, publishedPlace } from "../shared/visibility";
import type { PlaceBySlugInput, PlaceDetail, PlaceListItem, PlaceListOutput } from "./place.schema";

const toPlace = (p: Place, eventCount: number): PlaceListItem => ({
  slug: p.slug,
  name: p.name,
  otherNames: p.otherNames,
  region: p.region,
  lat: p.latitude,
  lng: p.longitude,
  eventCount,
});

/** Published places by name, each with its count of published events, in one query. */
export async function listPlaces(db: Db): Promise<PlaceListOutput> {
  const places = await db.place.findMany({
    where: publishedPlace,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: { _count: { select: { events: { where: { event: publishedEvent } } } } },
  });
  return places.map((p) => toPlace(p, p._count.events));
}

/** One published place with its published events. */
export async function getPlaceBySlug(
  db: Db,
  input: PlaceBySlugInput,
  ctx: SiteContext,
): Promise<PlaceDetail> {
  const place = await db.place.findFirst({ where: { slug: input.slug, ...publishedPlace } });
  if (!place) throw notFound("Place");
  const events = await publishedEventSummaries(
    db,
    { places: { some: { placeId: place.id } } },
    ctx.siteUrl,
  );
  return { ...toPlace(place, events.length), events };
}
