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
