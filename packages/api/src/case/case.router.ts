import { cases } from "../collections";
import { serverCollection } from "../collections/define-server";
import { publicProcedure, router } from "../trpc";
import { localize, localizeOne } from "../translation/translation.apply";
import { collectionAdmin } from "../workflow/workflow.router";
import { caseAdmin, caseKind } from "./case.admin.service";
import { caseBySlugInput, caseDetail, caseListInput, caseListOutput } from "./case.schema";
import { getCaseBySlug, listCases } from "./case.service";

/** Cases: public reads, and the admin's (collectionAdmin). */
export const caseServer = serverCollection(cases, caseKind, () =>
  router({
    list: publicProcedure
      .meta({
        docs: {
          summary:
            "Published cases, the most recent last known status first, each with that status's date and sources; and how many cases and people are last known to be held.",
          details:
            "A last known status is the latest entry of the case's timeline: it is what the cited sources said as of that date, never a statement about today. With `locale` (ru, kk) each case's title and summary, and its topics' names, are in that language where a translation is published; `translation.fallback` lists the fields still in English.",
          example: { lastStatus: "detained" },
        },
      })
      .input(caseListInput)
      .output(caseListOutput)
      .query(async ({ ctx, input }) => {
        const list = await listCases(ctx.db, input);
        return { ...list, items: await localize(ctx.db, "CASE", input.locale, list.items) };
      }),
    bySlug: publicProcedure
      .meta({
        docs: {
          summary:
            "One case: its people, charges, timeline with the sources of each entry, international findings and events.",
          example: { slug: "vladimir-kozlov-detention" },
        },
      })
      .input(caseBySlugInput)
      .output(caseDetail)
      .query(async ({ ctx, input }) =>
        localizeOne(
          ctx.db,
          "CASE",
          input.locale,
          await getCaseBySlug(ctx.db, input, { siteUrl: ctx.siteUrl }),
        ),
      ),
    admin: router(collectionAdmin(caseAdmin)),
  }),
);
