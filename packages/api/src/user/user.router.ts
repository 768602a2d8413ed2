import { sessionAdminProcedure, sessionViewerProcedure } from "../auth/session-only";
import { dismissSignInNoticeInput, dismissSignInNoticeOutput } from "../auth/auth.schema";
import { dismissSignInNotice } from "../auth/sign-in-notice";
import { router, viewerProcedure } from "../trpc";
import {
  changePasswordInput,
  changePasswordOutput,
  meOutput,
  userCreateInput,
  userIdInput,
  userListInput,
  userListOutput,
  userOutput,
  userUpdateInput,
  userWithPasswordOutput,
} from "./user.schema";
import {
  changeOwnPassword,
  createUser,
  listUsers,
  resetUserPassword,
  setUserActive,
  updateUser,
} from "./user.service";

/** Managing accounts: ADMIN, from a signed-in session (never with an API token). */
export const userRouter = router({
  list: sessionAdminProcedure
    .input(userListInput)
    .output(userListOutput)
    .query(({ ctx, input }) => listUsers(ctx.db, input)),
  create: sessionAdminProcedure
    .input(userCreateInput)
    .output(userWithPasswordOutput)
    .mutation(({ ctx, input }) => createUser(ctx.db, input, ctx.user, ctx)),
  update: sessionAdminProcedure
    .input(userUpdateInput)
    .output(userOutput)
    .mutation(({ ctx, input }) => updateUser(ctx.db, input, ctx.user, ctx)),
  deactivate: sessionAdminProcedure
    .input(userIdInput)
    .output(userOutput)
    .mutation(({ ctx, input }) => setUserActive(ctx.db, input, false, ctx.user, ctx)),
  activate: sessionAdminProcedure
    .input(userIdInput)
    .output(userOutput)
    .mutation(({ ctx, input }) => setUserActive(ctx.db, input, true, ctx.user, ctx)),
  resetPassword: sessionAdminProcedure
    .input(userIdInput)
    .output(userWithPasswordOutput)
    .mutation(({ ctx, input }) => resetUserPassword(ctx.db, input, ctx.user, ctx)),
});

/** The signed-in user's own account. */
export const meRouter = router({
  get: viewerProcedure.output(meOutput).query(({ ctx }) => ctx.user),
  changePassword: sessionViewerProcedure
    .input(changePasswordInput)
    .output(changePasswordOutput)
    .mutation(({ ctx, input }) => changeOwnPassword(ctx.db, input, ctx.user, ctx)),
  dismissSignInNotice: sessionViewerProcedure
    .input(dismissSignInNoticeInput)
    .output(dismissSignInNoticeOutput)
    .mutation(({ ctx, input }) => dismissSignInNotice(ctx.db, input, ctx.user, ctx)),
});
