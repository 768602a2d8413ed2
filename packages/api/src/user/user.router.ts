import { z } from "zod";

import { sessionAdminProcedure, sessionViewerProcedure } from "../auth/session-only";
import { accountNotices, dismissAccountNotices } from "../auth/account-notices";
import {
  beginPasskeyAuthentication,
  beginPasskeyRegistration,
  finishPasskeyRegistration,
  listPasskeys,
  removePasskey,
  renamePasskey,
} from "../auth/passkeys";
import type { RelyingParty } from "../auth/config";
import { reauthenticate } from "../auth/reauth";
import { AppError } from "../errors";
import {
  accountNoticesOutput,
  passkeyIdInput,
  passkeyListOutput,
  passkeyOutput,
  passkeyRegisterInput,
  passkeyRenameInput,
  reauthenticateInput,
  webAuthnOptionsOutput,
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
    .meta({ sensitive: true })
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
    .meta({ sensitive: true })
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
      sensitive: true,
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
      sensitive: true,
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
      sensitive: true,
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
      sensitive: true,
      docs: {
        summary:
          "Ten new recovery codes in place of the old ones, shown once; needs a current code or a recovery code.",
      },
    })
    .input(twoFactorCodeInput)
    .output(recoveryCodesOutput)
    .mutation(({ ctx, input }) => regenerateRecoveryCodes(ctx.db, input, ctx.user, ctx)),
});

/** The admin as WebAuthn relying party; passkeys are unavailable without one. */
function relyingPartyOf(ctx: { relyingParty?: RelyingParty }) {
  if (!ctx.relyingParty) throw new AppError("SERVICE_UNAVAILABLE", "Passkeys are not set up here");
  return ctx.relyingParty;
}

/** The caller's own passkeys: each is a second factor, or a sign-in by itself. */
const passkeyRouter = router({
  list: sessionViewerProcedure
    .meta({ duringEnrolment: true, docs: { summary: "The signed-in user's passkeys." } })
    .output(passkeyListOutput)
    .query(({ ctx }) => listPasskeys(ctx.db, ctx.user)),
  registrationOptions: sessionViewerProcedure
    .meta({
      duringEnrolment: true,
      sensitive: true,
      docs: {
        summary: "WebAuthn options for registering a new passkey (a challenge kept 5 minutes).",
      },
    })
    .input(noInput())
    .output(webAuthnOptionsOutput)
    .mutation(({ ctx }) => beginPasskeyRegistration(ctx.db, ctx.user, relyingPartyOf(ctx))),
  register: sessionViewerProcedure
    .meta({
      duringEnrolment: true,
      sensitive: true,
      docs: { summary: "Registers a passkey from the browser's answer to those options, named." },
    })
    .input(passkeyRegisterInput)
    .output(passkeyOutput)
    .mutation(({ ctx, input }) =>
      finishPasskeyRegistration(ctx.db, input, ctx.user, ctx, relyingPartyOf(ctx)),
    ),
  rename: sessionViewerProcedure
    .meta({ docs: { summary: "Renames one of the signed-in user's passkeys." } })
    .input(passkeyRenameInput)
    .output(passkeyOutput)
    .mutation(({ ctx, input }) => renamePasskey(ctx.db, input, ctx.user, ctx)),
  remove: sessionViewerProcedure
    .meta({ sensitive: true, docs: { summary: "Removes one of the signed-in user's passkeys." } })
    .input(passkeyIdInput)
    .output(z.object({ removed: z.literal(true) }))
    .mutation(({ ctx, input }) => removePasskey(ctx.db, input, ctx.user, ctx)),
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
  passkeys: passkeyRouter,
  reauthOptions: sessionViewerProcedure
    .meta({
      duringEnrolment: true,
      docs: { summary: "WebAuthn options for confirming it is you with one of your passkeys." },
    })
    .input(noInput())
    .output(webAuthnOptionsOutput)
    .mutation(({ ctx }) => beginPasskeyAuthentication(ctx.db, relyingPartyOf(ctx), ctx.user)),
  reauthenticate: sessionViewerProcedure
    .meta({
      duringEnrolment: true,
      docs: {
        summary:
          "Proves it is still you (password, code or passkey), so sensitive actions go ahead for REAUTH_MAX_AGE_SECONDS.",
      },
    })
    .input(reauthenticateInput)
    .output(z.object({ reauthenticatedAt: z.date() }))
    .mutation(({ ctx, input }) => reauthenticate(ctx.db, input, ctx.user, ctx, ctx.relyingParty)),
  notices: sessionViewerProcedure
    .meta({
      docs: {
        summary:
          "New sign-ins from new devices, new tokens and second-factor changes since the last dismissal.",
      },
    })
    .output(accountNoticesOutput)
    .query(({ ctx }) => accountNotices(ctx.db, ctx.user)),
  dismissNotices: sessionViewerProcedure
    .meta({
      docs: {
        summary: "Says the signed-in user has read the notices of changes to their account.",
      },
    })
    .input(noInput())
    .output(z.object({ dismissed: z.literal(true) }))
    .mutation(({ ctx }) => dismissAccountNotices(ctx.db, ctx.user, ctx)),
});
