import { z } from "zod";

import { sessionAdminProcedure, sessionViewerProcedure } from "../auth/session-only";
import {
  dismissSignInNoticeInput,
  dismissSignInNoticeOutput,
  recoveryCodesOutput,
  sessionIdInput,
  sessionListOutput,
  sessionsEndedOutput,
  twoFactorBeginOutput,
  twoFactorCodeInput,
  twoFactorConfirmInput,
  twoFactorStatusOutput,
} from "../auth/auth.schema";
import {
  endAllOwnSessions,
  endOwnSession,
  endUserSessions,
  listOwnSessions,
} from "../auth/sessions";
import { dismissSignInNotice } from "../auth/sign-in-notice";
import {
  beginTwoFactor,
  confirmTwoFactor,
  disableTwoFactor,
  regenerateRecoveryCodes,
  resetTwoFactor,
  twoFactorStatus,
} from "../auth/two-factor.service";
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

/** Takes nothing (`null` or nothing at all); anything else is refused as bad input. One schema per
 * procedure, so the bad-input test (which sends a refusal once per schema) reaches each. */
const noInput = () => z.null().optional();

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
  endSessions: sessionAdminProcedure
    .meta({ docs: { summary: "Signs a user out everywhere: every session of theirs ends." } })
    .input(userIdInput)
    .output(sessionsEndedOutput)
    .mutation(({ ctx, input }) => endUserSessions(ctx.db, input, ctx.user, ctx)),
  resetTwoFactor: sessionAdminProcedure
    .meta({
      docs: {
        summary:
          "Removes a user's second factor and recovery codes and ends their sessions (audited).",
      },
    })
    .input(userIdInput)
    .output(z.object({ sessionsEnded: z.number().int() }))
    .mutation(({ ctx, input }) => resetTwoFactor(ctx.db, input, ctx.user, ctx)),
});

/** The caller's own second factor. Answers a user held at enrolment. */
const twoFactorRouter = router({
  status: sessionViewerProcedure
    .meta({
      duringEnrolment: true,
      docs: {
        summary:
          "The signed-in user's second factor, recovery codes left, and what the two-factor policy asks of them.",
      },
    })
    .output(twoFactorStatusOutput)
    .query(({ ctx }) => twoFactorStatus(ctx.db, ctx.user, ctx.twoFactorPolicy)),
  begin: sessionViewerProcedure
    .meta({
      duringEnrolment: true,
      docs: {
        summary:
          "Starts two-factor enrolment: a new TOTP key, as a QR code (SVG) and as text, kept until a first code confirms it.",
      },
    })
    .input(noInput())
    .output(twoFactorBeginOutput)
    .mutation(({ ctx }) => beginTwoFactor(ctx.db, ctx.user)),
  confirm: sessionViewerProcedure
    .meta({
      duringEnrolment: true,
      docs: {
        summary:
          "Confirms enrolment with the first code of the new key; returns ten single-use recovery codes, once.",
      },
    })
    .input(twoFactorConfirmInput)
    .output(recoveryCodesOutput)
    .mutation(({ ctx, input }) => confirmTwoFactor(ctx.db, input, ctx.user, ctx)),
  disable: sessionViewerProcedure
    .meta({
      docs: {
        summary:
          "Turns the signed-in user's two-factor sign-in off; needs a current code or a recovery code.",
      },
    })
    .input(twoFactorCodeInput)
    .output(z.object({ disabled: z.literal(true) }))
    .mutation(({ ctx, input }) => disableTwoFactor(ctx.db, input, ctx.user, ctx)),
  regenerateRecoveryCodes: sessionViewerProcedure
    .meta({
      docs: {
        summary:
          "Ten new recovery codes in place of the old ones, shown once; needs a current code or a recovery code.",
      },
    })
    .input(twoFactorCodeInput)
    .output(recoveryCodesOutput)
    .mutation(({ ctx, input }) => regenerateRecoveryCodes(ctx.db, input, ctx.user, ctx)),
});

/** The signed-in user's own account. */
export const meRouter = router({
  get: viewerProcedure
    .meta({ duringEnrolment: true })
    .output(meOutput)
    .query(({ ctx }) => ctx.user),
  changePassword: sessionViewerProcedure
    .input(changePasswordInput)
    .output(changePasswordOutput)
    .mutation(({ ctx, input }) => changeOwnPassword(ctx.db, input, ctx.user, ctx)),
  dismissSignInNotice: sessionViewerProcedure
    .input(dismissSignInNoticeInput)
    .output(dismissSignInNoticeOutput)
    .mutation(({ ctx, input }) => dismissSignInNotice(ctx.db, input, ctx.user, ctx)),
  sessions: sessionViewerProcedure
    .meta({
      duringEnrolment: true,
      docs: {
        summary:
          "The signed-in user's live sessions: when each signed in and was last seen, from which address and browser.",
      },
    })
    .output(sessionListOutput)
    .query(({ ctx }) => listOwnSessions(ctx.db, ctx.user)),
  endSession: sessionViewerProcedure
    .meta({
      duringEnrolment: true,
      docs: {
        summary:
          "Signs one of the signed-in user's sessions out, at once (its cookie, wherever copied, stops working).",
      },
    })
    .input(sessionIdInput)
    .output(sessionsEndedOutput)
    .mutation(({ ctx, input }) => endOwnSession(ctx.db, input, ctx.user, ctx)),
  endAllSessions: sessionViewerProcedure
    .meta({
      duringEnrolment: true,
      docs: { summary: "Signs the signed-in user out everywhere, this session included." },
    })
    .input(noInput())
    .output(sessionsEndedOutput)
    .mutation(({ ctx }) => endAllOwnSessions(ctx.db, ctx.user, ctx)),
  twoFactor: twoFactorRouter,
});
