import { sessionViewerProcedure } from "../auth/session-only";
import { router } from "../trpc";
import {
  tokenCreateInput,
  tokenCreateOutput,
  tokenIdInput,
  tokenListOutput,
  tokenOutput,
} from "./token.schema";
import { createToken, listTokens, revokeToken } from "./token.service";

/** Personal API tokens: every signed-in user manages their own, from a session (not with a token). */
export const tokenRouter = router({
  list: sessionViewerProcedure
    .output(tokenListOutput)
    .query(({ ctx }) => listTokens(ctx.db, undefined, ctx.actor)),
  create: sessionViewerProcedure
    .input(tokenCreateInput)
    .output(tokenCreateOutput)
    .mutation(({ ctx, input }) => createToken(ctx.db, input, ctx.actor, ctx)),
  revoke: sessionViewerProcedure
    .input(tokenIdInput)
    .output(tokenOutput)
    .mutation(({ ctx, input }) => revokeToken(ctx.db, input, ctx.actor, ctx)),
});
