import { sessionAdminProcedure, sessionViewerProcedure } from "../auth/session-only";
import { router } from "../trpc";
import {
  tokenAdminListInput,
  tokenAdminListOutput,
  tokenCreateInput,
  tokenCreateOutput,
  tokenDismissNoticesInput,
  tokenDismissNoticesOutput,
  tokenIdInput,
  tokenListOutput,
  tokenOutput,
  tokenWithOwnerOutput,
} from "./token.schema";
import {
  adminRevokeToken,
  createToken,
  dismissTokenNotices,
  listAllTokens,
  listTokens,
  revokeToken,
} from "./token.service";

/**
 * Personal API tokens: every signed-in user manages their own, from a session (not with a token);
 * admins see and revoke everyone's.
 */
export const tokenRouter = router({
  list: sessionViewerProcedure
    .output(tokenListOutput)
    .query(({ ctx }) => listTokens(ctx.db, ctx.user)),
  create: sessionViewerProcedure
    .meta({ sensitive: true })
    .input(tokenCreateInput)
    .output(tokenCreateOutput)
    .mutation(({ ctx, input }) => createToken(ctx.db, input, ctx.user, ctx)),
  revoke: sessionViewerProcedure
    .input(tokenIdInput)
    .output(tokenOutput)
    .mutation(({ ctx, input }) => revokeToken(ctx.db, input, ctx.user, ctx)),
  dismissNotices: sessionViewerProcedure
    .input(tokenDismissNoticesInput)
    .output(tokenDismissNoticesOutput)
    .mutation(({ ctx, input }) => dismissTokenNotices(ctx.db, input, ctx.user, ctx)),
  admin: router({
    list: sessionAdminProcedure
      .input(tokenAdminListInput)
      .output(tokenAdminListOutput)
      .query(({ ctx, input }) => listAllTokens(ctx.db, input)),
    revoke: sessionAdminProcedure
      .input(tokenIdInput)
      .output(tokenWithOwnerOutput)
      .mutation(({ ctx, input }) => adminRevokeToken(ctx.db, input, ctx.user, ctx)),
  }),
});
