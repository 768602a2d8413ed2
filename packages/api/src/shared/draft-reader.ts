import { TRPCError } from "@trpc/server";

import { canReadDrafts } from "../token/scopes";
import { contributorProcedure, viewerProcedure } from "../trpc";

/**
 * The admin's reads, drafts and trash included: any signed-in session, or an API token with the
 * `read:drafts` scope.
 */
const requireDraftReading = (ctx: Parameters<typeof canReadDrafts>[0]) => {
  if (!canReadDrafts(ctx))
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Reading unpublished records needs the read:drafts scope",
    });
};

export const draftReaderProcedure = viewerProcedure
  .meta({ access: "drafts" })
  .use(({ ctx, next }) => {
    requireDraftReading(ctx);
    return next();
  });

/**
 * A contributor's action whose result reveals unpublished content (a preview link): also needs
 * `read:drafts` when called with a token.
 */
export const draftRevealingContributorProcedure = contributorProcedure
  .meta({ access: "contributorDrafts" })
  .use(({ ctx, next }) => {
    requireDraftReading(ctx);
    return next();
  });
