"use client";

import {
  credentialsInput,
  PASSKEY_REFUSED_MESSAGE,
  SECOND_FACTOR_REFUSED_MESSAGE,
  SIGN_IN_REFUSED_MESSAGE,
  type CredentialsInput,
} from "@kz/api/schemas";
import { sameOriginPath } from "@kz/api/security";
import { Alert, Button } from "@kz/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";

import { passkeyAssertionFor, signInPasskeyOptions } from "./account/passkey-browser";
import { describedBy, TextField } from "./text-field";

const MESSAGES: Record<string, string> = {
  invalid: SIGN_IN_REFUSED_MESSAGE,
  passkey_invalid: PASSKEY_REFUSED_MESSAGE,
  bad_code: SECOND_FACTOR_REFUSED_MESSAGE,
  rate_limited: "Too many sign-in attempts from here. Wait a few minutes, then try again.",
  unavailable:
    "The database is temporarily unavailable (it may be restarting). Try again in a few seconds.",
};

/**
 * Signing in, in one or two steps: email and password, then — for an account with two-factor
 * sign-in, once the password proved right — the code from the authenticator app or a recovery code.
 * The second step sends the credentials again with the code (next-auth's credentials provider keeps
 * no state between requests); a wrong code counts toward the same lockout as a wrong password.
 * A passkey serves as that second step, or — "Sign in with a passkey" — as the whole sign-in.
 */
export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState("");
  const [codeError, setCodeError] = useState<string | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CredentialsInput>({ resolver: zodResolver(credentialsInput) });

  useEffect(() => {
    if (needsCode) codeInput.current?.focus();
  }, [needsCode]);

  const [passkeyPending, setPasskeyPending] = useState(false);

  const signedIn = () => {
    router.replace(sameOriginPath(params.get("callbackUrl"), window.location.origin));
    router.refresh();
  };

  /** Asks the browser for a passkey and signs in with it: alone, or after the password. */
  const signInWithPasskey = async (values?: CredentialsInput) => {
    setError(null);
    setCodeError(null);
    setPasskeyPending(true);
    try {
      const options = await signInPasskeyOptions();
      const answer = options.ok ? await passkeyAssertionFor(options.response) : options;
      if (!answer.ok) {
        (values ? setCodeError : setError)(answer.message);
        return;
      }
      const response = JSON.stringify(answer.response);
      const result = values
        ? await signIn("credentials", { ...values, passkey: response, redirect: false })
        : await signIn("passkey", { response, redirect: false });
      if (!result || result.error) {
        const reason = result?.error ?? "";
        if (values && reason === "bad_code") setCodeError(PASSKEY_REFUSED_MESSAGE);
        else
          setError(
            MESSAGES[reason === "invalid" && !values ? "passkey_invalid" : reason] ??
              "Sign-in failed. Try again.",
          );
        return;
      }
      signedIn();
    } finally {
      setPasskeyPending(false);
    }
  };

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    setCodeError(null);
    if (needsCode && !code.trim()) {
      setCodeError("Enter the code from your authenticator app, or a recovery code");
      return;
    }
    const result = await signIn("credentials", {
      ...values,
      ...(needsCode ? { code: code.trim() } : {}),
      redirect: false,
    });
    if (!result || result.error) {
      const reason = result?.error ?? "";
      if (reason === "second_factor") {
        setNeedsCode(true);
        return;
      }
      if (reason === "bad_code") {
        setCodeError(SECOND_FACTOR_REFUSED_MESSAGE);
        setCode("");
        codeInput.current?.focus();
        return;
      }
      setError(MESSAGES[reason] ?? "Sign-in failed. Try again.");
      return;
    }
    signedIn();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {error ? <Alert>{error}</Alert> : null}
      <div hidden={needsCode} className="space-y-5">
        <TextField
          label="Email"
          id="email"
          type="email"
          autoComplete="username"
          error={errors.email}
          {...register("email")}
        />
        <TextField
          label="Password"
          id="password"
          type="password"
          autoComplete="current-password"
          error={errors.password}
          {...register("password")}
        />
      </div>
      {needsCode ? (
        <div className="space-y-2">
          <p id="code-hint" className="text-sm text-slate-600">
            This account signs in with two-factor authentication. Enter the 6-digit code your
            authenticator app shows or one of your recovery codes, or use one of your passkeys.
          </p>
          <TextField
            ref={codeInput}
            label="Authentication code"
            id="code"
            name="code"
            type="text"
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={codeError ? { message: codeError } : undefined}
            aria-describedby={describedBy(
              "code",
              codeError ? { message: codeError } : undefined,
              "code-hint",
            )}
          />
        </div>
      ) : null}
      <Button type="submit" disabled={isSubmitting || passkeyPending} className="w-full">
        {isSubmitting ? "Signing in…" : needsCode ? "Verify" : "Sign in"}
      </Button>
      {/* Named "Use a passkey", not "Sign in with…": the submit button keeps the one name "Sign in". */}
      <p className="text-center text-sm text-slate-600" id="passkey-hint">
        {needsCode
          ? "Or, instead of a code:"
          : "Or sign in with a passkey on this device or a security key:"}
      </p>
      <Button
        type="button"
        variant="secondary"
        className="w-full"
        aria-describedby="passkey-hint"
        disabled={isSubmitting || passkeyPending}
        onClick={
          needsCode
            ? handleSubmit((values) => signInWithPasskey(values))
            : () => void signInWithPasskey()
        }
      >
        {passkeyPending ? "Waiting for your passkey…" : "Use a passkey"}
      </Button>
    </form>
  );
}
