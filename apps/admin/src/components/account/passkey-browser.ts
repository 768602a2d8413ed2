"use client";

import {
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";

// The browser's side of WebAuthn: the server's options in, the authenticator's answer out. A
// prompt the person closed or that timed out is a plain message, not an exception to show.

export const PASSKEY_CANCELLED_MESSAGE =
  "No passkey was used (the prompt was closed or timed out). Try again when you are ready.";

const isCancel = (error: unknown) =>
  error instanceof Error && (error.name === "NotAllowedError" || error.name === "AbortError");

export type PasskeyAnswer<T> = { ok: true; response: T } | { ok: false; message: string };

async function answer<T>(run: () => Promise<T>): Promise<PasskeyAnswer<T>> {
  try {
    return { ok: true, response: await run() };
  } catch (error) {
    if (isCancel(error)) return { ok: false, message: PASSKEY_CANCELLED_MESSAGE };
    const message = error instanceof Error ? error.message : "The passkey could not be used.";
    return { ok: false, message };
  }
}

export const passkeyAssertionFor = (options: unknown) =>
  answer(() =>
    startAuthentication({ optionsJSON: options as PublicKeyCredentialRequestOptionsJSON }),
  );

export const passkeyAttestationFor = (options: unknown) =>
  answer(() =>
    startRegistration({ optionsJSON: options as PublicKeyCredentialCreationOptionsJSON }),
  );

/** Options for a sign-in prompt (any passkey of this site), from /login/passkey-options. */
export async function signInPasskeyOptions(): Promise<PasskeyAnswer<unknown>> {
  const res = await fetch("/login/passkey-options", { method: "POST" });
  if (res.status === 429) {
    return {
      ok: false,
      message: "Too many sign-in attempts from here. Wait a few minutes, then try again.",
    };
  }
  if (!res.ok) return { ok: false, message: "Sign-in with a passkey is unavailable. Try again." };
  return { ok: true, response: (await res.json()) as unknown };
}
