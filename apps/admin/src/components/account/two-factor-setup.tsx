"use client";

import type { TwoFactorBeginOutput, TwoFactorStatusOutput } from "@kz/api/schemas";
import { Alert, Button } from "@kz/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { errorMessage } from "../../trpc/form-errors";
import { useTRPC } from "../../trpc/react";
import { OneTimeSecret } from "../one-time-secret";
import { describedBy, TextField } from "../text-field";

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="space-y-4">
      <OneTimeSecret
        label="Recovery codes"
        value={codes.join(" ")}
        warning="Keep these ten codes somewhere safe, away from your phone: each signs you in once if you lose it. They are shown only now."
      />
      <Button type="button" onClick={onDone}>
        I have kept my recovery codes
      </Button>
    </div>
  );
}

/** A field for one code, its error under it, and a submit button. */
function CodeForm({
  label,
  submit,
  busy,
  onSubmit,
  hint,
}: {
  label: string;
  submit: string;
  busy: boolean;
  onSubmit: (code: string) => Promise<string | null>;
  hint: string;
}) {
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const fieldError = error ? { message: error } : undefined;
  return (
    <form
      noValidate
      className="max-w-sm space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setError(await onSubmit(code.trim()));
      }}
    >
      <p id="code-hint" className="text-sm text-slate-600">
        {hint}
      </p>
      <TextField
        label={label}
        id="code"
        autoComplete="one-time-code"
        spellCheck={false}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={fieldError}
        aria-describedby={describedBy("code", fieldError, "code-hint")}
      />
      <Button type="submit" disabled={busy}>
        {submit}
      </Button>
    </form>
  );
}

/**
 * Setting up two-factor sign-in (a QR code and the key as text, then the first code, then the
 * recovery codes once), or, once on: new recovery codes and turning it off, each with a current code.
 */
export function TwoFactorSetup({ status }: { status: TwoFactorStatusOutput }) {
  const trpc = useTRPC();
  const router = useRouter();
  const begin = useMutation(trpc.me.twoFactor.begin.mutationOptions());
  const confirm = useMutation(trpc.me.twoFactor.confirm.mutationOptions());
  const disable = useMutation(trpc.me.twoFactor.disable.mutationOptions());
  const regenerate = useMutation(trpc.me.twoFactor.regenerateRecoveryCodes.mutationOptions());
  const [key, setKey] = useState<TwoFactorBeginOutput | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const attempt = async (work: () => Promise<void>): Promise<string | null> => {
    try {
      await work();
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  };

  if (codes) {
    return (
      <RecoveryCodes
        codes={codes}
        onDone={() => {
          setCodes(null);
          router.push("/account");
          router.refresh();
        }}
      />
    );
  }

  if (status.enrolled) {
    return (
      <div className="space-y-6">
        {done ? <p role="status">{done}</p> : null}
        <p>Two-factor sign-in is on. {status.recoveryCodesLeft} of 10 recovery codes are left.</p>
        <section className="space-y-2">
          <h2 className="text-brand-900 text-lg font-semibold">New recovery codes</h2>
          <CodeForm
            label="Current code or a recovery code"
            submit="Make new recovery codes"
            hint="The old recovery codes stop working."
            busy={regenerate.isPending}
            onSubmit={(code) =>
              attempt(async () => setCodes((await regenerate.mutateAsync({ code })).recoveryCodes))
            }
          />
        </section>
        <section className="space-y-2">
          <h2 className="text-brand-900 text-lg font-semibold">Turn two-factor sign-in off</h2>
          <CodeForm
            label="Current code or a recovery code, to turn it off"
            submit="Turn off"
            hint={
              status.required
                ? "Your role requires a second factor: once it is off, you must set one up again before anything else."
                : "Your password alone will then sign you in."
            }
            busy={disable.isPending}
            onSubmit={(code) =>
              attempt(async () => {
                await disable.mutateAsync({ code });
                setDone("Two-factor sign-in is off.");
                router.refresh();
              })
            }
          />
        </section>
      </div>
    );
  }

  if (!key) {
    return (
      <div className="space-y-4">
        {error ? <Alert>{error}</Alert> : null}
        <p>
          With two-factor sign-in, a stolen password alone does not open your account: signing in
          also asks for a code from an authenticator app on your phone (any TOTP app).
        </p>
        <Button
          type="button"
          disabled={begin.isPending}
          onClick={async () => {
            setError(null);
            try {
              setKey(await begin.mutateAsync());
            } catch (e) {
              setError(errorMessage(e));
            }
          }}
        >
          Set up two-factor sign-in
        </Button>
      </div>
    );
  }

  return (
    <div className="space-y-5">
      <ol className="list-decimal space-y-4 pl-5">
        <li>
          Scan this QR code with your authenticator app.
          {/* Drawn on the server by the qrcode package from our own data: no remote service. */}
          <div
            role="img"
            aria-label="QR code of the two-factor key"
            className="mt-2 w-48 bg-white p-1"
            dangerouslySetInnerHTML={{ __html: key.qrSvg }}
          />
        </li>
        <li>
          Or type this key into the app (time-based, 6 digits, every 30 seconds):
          <code data-testid="totp-key" className="mt-1 block font-mono text-lg break-all">
            {key.manualKey}
          </code>
        </li>
        <li>
          <CodeForm
            label="Code from the app"
            submit="Turn on two-factor sign-in"
            hint="Enter the 6-digit code the app now shows for this account."
            busy={confirm.isPending}
            onSubmit={(code) =>
              attempt(async () => setCodes((await confirm.mutateAsync({ code })).recoveryCodes))
            }
          />
        </li>
      </ol>
    </div>
  );
}
