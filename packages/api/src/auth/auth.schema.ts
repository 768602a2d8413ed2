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
  /** TOTP is on. */
  enrolled: z.boolean(),
  enrolledAt: z.date().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** Passkeys registered: each is a second factor too (the policy counts them). */
  passkeys: z.number().int(),
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

// ——— Passkeys (WebAuthn) ———

/** The one answer to every refused passkey (another user's, another site's, replayed, tampered). */
export const PASSKEY_REFUSED_MESSAGE =
  "That passkey could not be used: it is not registered to this account on this site, or the request expired or was already used. Try again.";

/**
 * A browser's answer to a WebAuthn prompt, as @simplewebauthn/browser sends it: checked for shape
 * here, and for everything else (signature, origin, RP ID, challenge, counter) by the server.
 */
const base64url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/, "Not base64url");
export const passkeyAssertion = z.object({
  id: base64url.min(1),
  rawId: base64url.min(1),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});
export type PasskeyAssertion = z.infer<typeof passkeyAssertion>;

export const passkeyAttestation = z.object({
  id: base64url.min(1),
  rawId: base64url.min(1),
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url,
    attestationObject: base64url,
    transports: z.array(z.string().max(40)).max(10).optional(),
    authenticatorData: base64url.optional(),
    publicKey: base64url.optional(),
    publicKeyAlgorithm: z.number().int().optional(),
  }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

export const passkeyName = z
  .string()
  .trim()
  .min(1, "Give the passkey a name (for example, the device it is on)")
  .max(60, "At most 60 characters");

export const passkeyRegisterInput = z.object({ name: passkeyName, response: passkeyAttestation });
export type PasskeyRegisterInput = z.infer<typeof passkeyRegisterInput>;

export const passkeyRenameInput = z.object({ id: z.string().min(1).max(64), name: passkeyName });
export type PasskeyRenameInput = z.infer<typeof passkeyRenameInput>;

export const passkeyIdInput = z.object({ id: z.string().min(1).max(64) });
export type PasskeyIdInput = z.infer<typeof passkeyIdInput>;

export const passkeyOutput = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
});
export type PasskeyOutput = z.infer<typeof passkeyOutput>;
export const passkeyListOutput = z.array(passkeyOutput);

/** WebAuthn options for the browser (PublicKeyCredential{Creation,Request}OptionsJSON). */
export const webAuthnOptionsOutput = z.record(z.string(), z.unknown());

// ——— Re-authentication ———

/** Proving it is still you: the password, a second-factor code, or a passkey. */
export const reauthenticateInput = z
  .object({
    password: z.string().min(1).max(200).optional(),
    code: secondFactorCode.optional(),
    passkey: passkeyAssertion.optional(),
  })
  .refine((v) => [v.password, v.code, v.passkey].filter((x) => x !== undefined).length === 1, {
    message: "Enter your password, a code from your authenticator app, or use a passkey",
  });
export type ReauthenticateInput = z.infer<typeof reauthenticateInput>;

export const REAUTH_REFUSED_MESSAGE =
  "That did not prove it is you: the password, code or passkey is not right (a code works once).";

export const REAUTH_REQUIRED_MESSAGE =
  "Confirm it is you: this action needs your password or a second factor again.";

// ——— Notices since the last visit ———

export const accountNoticeOutput = z.object({
  kind: z.enum(["new-device", "second-factor"]),
  at: z.date(),
  text: z.string(),
});
export type AccountNoticeOutput = z.infer<typeof accountNoticeOutput>;
export const accountNoticesOutput = z.array(accountNoticeOutput);
