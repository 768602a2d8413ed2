import { TRPCError } from "@trpc/server";

import { canReadDrafts } from "../token/scopes";
import { viewerProcedure } from "../trpc";

/**
 * The admin's reads, drafts and trash included: any signed-in session, or an API token with the
 * `read:drafts` scope.
 */
export const draftReaderProcedure = viewerProcedure.use(({ ctx, next }) => {
  if (!canReadDrafts(ctx))
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Reading unpublished records needs the read:drafts scope",
    });
  return next();
});
