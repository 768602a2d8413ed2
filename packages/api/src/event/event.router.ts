import { events } from "../collections";
import { serverCollection } from "../collections/define-server";
import { previewInput } from "../preview/preview.schema";
import { localize, localizeOne } from "../translation/translation.apply";
import { collectionAdmin } from "../workflow/workflow.router";
import { publicProcedure, router } from "../trpc";
import { eventAdmin, eventKind } from "./event.admin.service";
import { previewEvent } from "./event.preview.service";
import { eventFacets, eventTimeline } from "./event.facets";
import { eventFacetInput, eventFacetsOutput, eventTimelineOutput } from "./event.facets.schema";
import { eventBySlugInput, eventDetail, eventListInput, eventListOutput } from "./event.schema";
import { getEventBySlug, listEvents } from "./event.service";

/** Events: public reads, and the admin's (collectionAdmin). */
export const eventServer = serverCollection(events, eventKind, () =>
  router({
    list: publicProcedure
      .meta({
        docs: {
          summary: "Published events, newest first, filtered and paginated.",
          details:
            "Filters combine: a topic, place or actor slug, a year or a date range, and full-text `q`. Follow `nextCursor` for the next page; `total` counts every match. With `locale` (ru, kk) each item's title and summary are in that language where a translation is published; `translation.fallback` lists the fields still in English. Each topic and place is named in that language too where its name's translation is published, with a `translation` of its own.",
          example: { topic: "protests", year: 2011, limit: 5 },
        },
      })
      .input(eventListInput)
      .output(eventListOutput)
      .query(async ({ ctx, input }) => {
        const page = await listEvents(ctx.db, input, { siteUrl: ctx.siteUrl });
        return { ...page, items: await localize(ctx.db, "EVENT", input.locale, page.items) };
      }),
    facets: publicProcedure
      .meta({
        docs: {
          summary: "Filter values for a list of published events, each with its count of matches.",
          details:
            "Takes the filters of `event.list` (several values each: `topics`, `places`, `actors`, `years`, a `from`–`to` range, `q`). Each facet counts the events matching every other filter; values without events are left out. With `locale` (ru, kk) topics and places are named in that language where published, each with its `translation`.",
          example: { topics: ["protests"], from: "2011-01-01", to: "2012-12-31" },
        },
      })
      .input(eventFacetInput)
      .output(eventFacetsOutput)
      .query(({ ctx, input }) => eventFacets(ctx.db, input)),
    timeline: publicProcedure
      .meta({
        docs: {
          summary: "Published events per year, each under its first topic, for a timeline.",
          details:
            "Takes the filters of `event.facets` but its years: every year is a bar. With `locale` (ru, kk) the topics are named in that language where published.",
          example: { places: ["zhanaozen"] },
        },
      })
      .input(eventFacetInput)
      .output(eventTimelineOutput)
      .query(({ ctx, input }) => eventTimeline(ctx.db, input)),
    bySlug: publicProcedure
      .meta({
        docs: {
          summary:
            "One published event with its body, actors, citations and related events; with `locale` (ru, kk), in that language where translated.",
          example: { slug: "2011-zhanaozen-oil-worker-strikes" },
        },
      })
      .input(eventBySlugInput)
      .output(eventDetail)
      .query(async ({ ctx, input }) => {
        const event = await getEventBySlug(ctx.db, input, { siteUrl: ctx.siteUrl });
        const related = await localize(ctx.db, "EVENT", input.locale, event.related);
        return localizeOne(ctx.db, "EVENT", input.locale, { ...event, related });
      }),
    /** The working copy as its public page will look, for the holder of a preview token. */
    preview: publicProcedure
      .meta({
        docs: {
          summary:
            "An unpublished working copy as its public page will look, for the holder of a preview token (see `preview.createToken`).",
          example: { token: "eyJ…(from preview.createToken)" },
        },
      })
      .input(previewInput)
      .output(eventDetail)
      .query(({ ctx, input }) =>
        previewEvent(ctx.db, input, { siteUrl: ctx.siteUrl, previewSecret: ctx.previewSecret }),
      ),
    admin: router(collectionAdmin(eventAdmin)),
  }),
);
