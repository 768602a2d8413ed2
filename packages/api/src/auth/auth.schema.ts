import { z } from "zod";

export const credentialsInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "Enter a valid email address" })),
  password: z.string().min(1, "Enter your password").max(200),
});
export type CredentialsInput = z.infer<typeof credentialsInput>;

/** Wrong passwords in a row, from one address for one email, before sign-in there pauses. */
export const MAX_FAILED_LOGINS = 5;
/** How long that pause lasts. */
export const LOCKOUT_MINUTES = 15;

/**
 * The one answer to every failed sign-in (unknown email, wrong password, locked, deactivated), so
 * the sign-in page tells no one which accounts exist or what state they are in.
 */
export const SIGN_IN_REFUSED_MESSAGE = `The email or password is not right, or this account cannot sign in right now. After ${MAX_FAILED_LOGINS} wrong passwords, sign-in from here pauses for ${LOCKOUT_MINUTES} minutes. If it goes on, ask an administrator.`;

/** Failed attempts on an account since its owner last saw a notice of them (shown after sign-in). */
export const signInNotice = z.object({
  since: z.coerce.date(),
  failedAttempts: z.number().int().min(1),
  lockouts: z.number().int().min(0),
  /** Distinct client addresses the attempts came from (unknown ones count as one). */
  addresses: z.number().int().min(1),
});
export type SignInNotice = z.infer<typeof signInNotice>;

/**
 * Dismisses the notice the user read: the attempts it counted. A notice that has grown since (a
 * sign-in elsewhere added attempts) stays, so nothing unread is dismissed.
 */
export const dismissSignInNoticeInput = z.object({ failedAttempts: z.number().int().min(1) });
export type DismissSignInNoticeInput = z.infer<typeof dismissSignInNoticeInput>;
export const dismissSignInNoticeOutput = z.object({ dismissed: z.boolean() });

// ——— Server-side sessions ———

/** One signed-in browser of the caller's, as "Your sessions" lists it. */
export const sessionOutput = z.object({
  id: z.string(),
  createdAt: z.date(),
  lastSeenAt: z.date(),
  expiresAt: z.date(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** The session this request came from. */
  current: z.boolean(),
});
export type SessionOutput = z.infer<typeof sessionOutput>;
export const sessionListOutput = z.array(sessionOutput);

export const sessionIdInput = z.object({ id: z.string().min(1).max(64) });
export type SessionIdInput = z.infer<typeof sessionIdInput>;

/** How many sessions a sign-out ended. */
export const sessionsEndedOutput = z.object({ ended: z.number().int().min(0) });
export type SessionsEndedOutput = z.infer<typeof sessionsEndedOutput>;

// ——— Two-factor sign-in (TOTP) ———

/** A TOTP code (6 digits) or a recovery code (10 letters and digits, a dash optional). */
export const secondFactorCode = z
  .string()
  .trim()
  .min(1, "Enter the code from your authenticator app, or a recovery code")
  .max(40, "That is not a code from an authenticator app or a recovery code");

/** The sign-in form's second step: the same credentials and the code. */
export const signInCodeInput = z.object({ code: secondFactorCode });
export type SignInCodeInput = z.infer<typeof signInCodeInput>;

export const SECOND_FACTOR_REFUSED_MESSAGE =
  "That code is not right, or it has been used already. Enter the current code from your authenticator app (each code works once), or one of your recovery codes.";

export const twoFactorStatusOutput = z.object({
  enrolled: z.boolean(),
  enrolledAt: z.date().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** The policy (REQUIRE_2FA_ROLES, or an administrator) requires a second factor of this user. */
  required: z.boolean(),
  /** Sign-ins left before this user is held at enrolment; null when not applicable. */
  graceSignInsLeft: z.number().int().nullable(),
  /** Held at enrolment: nothing but setting up a second factor (and signing out) is allowed. */
  held: z.boolean(),
});
export type TwoFactorStatusOutput = z.infer<typeof twoFactorStatusOutput>;

export const twoFactorBeginOutput = z.object({
  /** The key, in base32 groups of four, for typing into an app by hand. */
  manualKey: z.string(),
  /** The otpauth:// URI the QR code holds. */
  uri: z.string(),
  /** The QR code as an SVG document, drawn on the server (no remote service). */
  qrSvg: z.string(),
});
export type TwoFactorBeginOutput = z.infer<typeof twoFactorBeginOutput>;

export const twoFactorConfirmInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Enter the 6-digit code your authenticator app shows"),
});
export type TwoFactorConfirmInput = z.infer<typeof twoFactorConfirmInput>;

/** Ten single-use recovery codes, shown once. */
export const recoveryCodesOutput = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesOutput = z.infer<typeof recoveryCodesOutput>;

/** Turning two-factor off, or new recovery codes: a current code proves the factor is at hand. */
export const twoFactorCodeInput = z.object({ code: secondFactorCode });
export type TwoFactorCodeInput = z.infer<typeof twoFactorCodeInput>;
