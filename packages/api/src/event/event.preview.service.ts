import type { Db } from "@kz/db";

import { publicActorSelect } from "../actor/public-actor";
import { notFound } from "../errors";
import { verifyPreviewToken } from "../preview/preview.token";
import type { PreviewInput } from "../preview/preview.schema";
import { toCitation } from "../shared/citations";
import { toInstantOrNull } from "../shared/dates";
import {
  publishedActor,
  publishedPlace,
  publishedSource,
  publishedTopic,
} from "../shared/visibility";
import { loadEventWorkingCopy } from "./event.admin.service";
import type { EventDetail } from "./event.schema";
import { publicEventActors, relatedEvents, type SiteContext } from "./event.service";

/**
 * An event as its public page will show it once its working copy is published: the same output as
 * event.bySlug, with the same rules for what linked records the public sees. Only for the holder of
 * a valid preview token; anything else is NOT_FOUND.
 */
export async function previewEvent(
  db: Db,
  input: PreviewInput,
  ctx: SiteContext & { previewSecret: string | undefined; now?: Date },
): Promise<EventDetail> {
  const claims = verifyPreviewToken(ctx.previewSecret, input.token, ctx.now);
  if (!claims) throw notFound("Preview");
  const found = await loadEventWorkingCopy(db, claims.id);
  if (!found || found.row.deletedAt) throw notFound("Preview");
  const { row, data } = found;
  const citationSourceIds = data.citations.map((c) => c.sourceId);
  const [topics, places, actors, sources] = await Promise.all([
    db.topic.findMany({
      where: { id: { in: data.topicIds }, ...publishedTopic },
      select: { id: true, slug: true, name: true },
    }),
    db.place.findMany({
      where: { id: { in: data.placeIds }, ...publishedPlace },
      select: { id: true, slug: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.actor.findMany({
      where: { id: { in: data.actors.map((a) => a.actorId) }, ...publishedActor },
      select: { id: true, ...publicActorSelect },
    }),
    db.source.findMany({
      where: { id: { in: citationSourceIds }, ...publishedSource },
      select: { id: true, slug: true, title: true, publisher: true, url: true },
    }),
  ]);
  const topicById = new Map(topics.map((t) => [t.id, t]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const startDate = new Date(`${data.startDate}T00:00:00.000Z`);
  const related = await relatedEvents(
    db,
    { id: row.id, startDate },
    {
      topicIds: topics.map((t) => t.id),
      placeIds: places.map((p) => p.id),
      actorIds: actors.map((a) => a.id),
    },
    ctx.siteUrl,
  );
  return {
    id: row.id,
    slug: data.slug,
    title: data.title,
    summary: data.summary,
    startDate: data.startDate,
    endDate: data.endDate,
    datePrecision: data.datePrecision,
    topics: data.topicIds.flatMap((id) => {
      const t = topicById.get(id);
      return t ? [{ slug: t.slug, name: t.name }] : [];
    }),
    places: places.map((p) => ({ slug: p.slug, name: p.name })),
    sourceCount: data.citations.filter((c) => sourceById.has(c.sourceId)).length,
    url: `${ctx.siteUrl}/events/${data.slug}`,
    body: data.body,
    actors: publicEventActors(
      data.actors.flatMap(({ actorId, role }) => {
        const actor = actorById.get(actorId);
        return actor ? [{ actor, role }] : [];
      }),
    ),
    citations: data.citations.flatMap((c) => {
      const source = sourceById.get(c.sourceId);
      return source
        ? [
            toCitation({
              locator: c.locator,
              quote: c.quote,
              attributedTo: c.attributedTo,
              // The preview names the attribution; the actor's link appears once published.
              attributedActor: null,
              source: {
                slug: source.slug,
                title: source.title,
                publisher: source.publisher,
                url: source.url,
              },
            }),
          ]
        : [];
    }),
    publishedAt: toInstantOrNull(row.publishedAt),
    updatedAt: row.updatedAt.toISOString(),
    lastUpdateNote:
      row.pendingChanges !== null
        ? ((row.pendingChanges as { changeNote?: string | null }).changeNote ?? null)
        : row.lastUpdateNote,
    related,
  };
}
