import { cases } from "../collections";
import { serverCollection } from "../collections/define-server";
import { publicProcedure, router } from "../trpc";
import { collectionAdmin } from "../workflow/workflow.router";
import { caseKind, getCaseForEdit, listCasesForAdmin } from "./case.admin.service";
import {
  caseAdminListInput,
  caseAdminListOutput,
  caseBySlugInput,
  caseCreateInput,
  caseDetail,
  caseEditOutput,
  caseListInput,
  caseListOutput,
  caseUpdateInput,
} from "./case.schema";
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
            "A last known status is the latest entry of the case's timeline: it is what the cited sources said as of that date, never a statement about today.",
          example: { lastStatus: "detained" },
        },
      })
      .input(caseListInput)
      .output(caseListOutput)
      .query(({ ctx, input }) => listCases(ctx.db, input)),
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
      .query(({ ctx, input }) => getCaseBySlug(ctx.db, input, { siteUrl: ctx.siteUrl })),
    admin: router({
      ...collectionAdmin(caseKind, {
        create: caseCreateInput,
        update: caseUpdateInput,
        list: { input: caseAdminListInput, output: caseAdminListOutput, read: listCasesForAdmin },
        getForEdit: { output: caseEditOutput, read: getCaseForEdit },
      }),
    }),
  }),
);
