import { TRPCError } from "@trpc/server";

import { adminProcedure, viewerProcedure } from "../trpc";

// Account management (passwords, users, tokens) needs a signed-in session. An API token cannot mint
// another token or reset a password: a leaked read-only token must not become a write token or a login.
function refuseTokens(ctx: { tokenName?: string }): void {
  if (ctx.tokenName !== undefined) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Sign in to the admin to manage accounts and tokens; API tokens cannot",
    });
  }
}

export const sessionViewerProcedure = viewerProcedure
  .meta({ access: "session" })
  .use(({ ctx, next }) => {
    refuseTokens(ctx);
    return next();
  });

export const sessionAdminProcedure = adminProcedure
  .meta({ access: "sessionAdmin" })
  .use(({ ctx, next }) => {
    refuseTokens(ctx);
    return next();
  });
