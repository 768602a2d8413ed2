"use client";

import { REAUTH_REFUSED_MESSAGE } from "@kz/api/schemas";
import { Alert, Button } from "@kz/ui";
import { useEffect, useState, type FormEvent } from "react";

import { errorMessage } from "../../trpc/form-errors";
import { useTRPCClient } from "../../trpc/react";
import { Dialog } from "../dialog";
import { DialogActions } from "../dialog-actions";
import { TextField } from "../text-field";
import { passkeyAssertionFor } from "./passkey-browser";
import { answerReauthentication, onReauthQuestion } from "./reauth-prompt";

/**
 * "Confirm it is you": opened by reauthLink when a sensitive action was refused for an old proof.
 * The password, a code from the authenticator app (or a recovery code), or a passkey; on success
 * the refused action is sent again.
 */
export function ReauthDialog() {
  const client = useTRPCClient();
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(
    () =>
      onReauthQuestion((isOpen) => {
        setOpen(isOpen);
        setSecret("");
        setError(null);
      }),
    [],
  );

  const prove = async (input: Parameters<typeof client.me.reauthenticate.mutate>[0]) => {
    setPending(true);
    setError(null);
    try {
      await client.me.reauthenticate.mutate(input);
      answerReauthentication(true);
    } catch (e) {
      setError(errorMessage(e) || REAUTH_REFUSED_MESSAGE);
    } finally {
      setPending(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = secret.trim();
    if (!value) return setError("Enter your password or a code from your authenticator app");
    // Six digits are an authenticator code (no password is that short); anything else, the password.
    const isCode = /^\d{6}$/.test(value);
    void prove(isCode ? { code: value } : { password: secret });
  };

  const withPasskey = async () => {
    setError(null);
    try {
      const options = await client.me.reauthOptions.mutate();
      const answer = await passkeyAssertionFor(options);
      if (!answer.ok) return setError(answer.message);
      await prove({ passkey: answer.response as never });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  // Mounted only while asking: closed, its field would sit in every page (the login page's too).
  if (!open) return null;
  return (
    <Dialog open onClose={() => answerReauthentication(false)} title="Confirm it is you">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <p className="text-sm text-slate-600">
          This action changes who can do what. Enter your password or a code from your authenticator
          app, or use a passkey; then it goes ahead.
        </p>
        {error ? <Alert>{error}</Alert> : null}
        <TextField
          label="Password or code"
          id="reauth-secret"
          name="reauth-secret"
          type="password"
          autoComplete="current-password"
          data-autofocus
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
        <DialogActions onCancel={() => answerReauthentication(false)}>
          <Button type="button" variant="secondary" disabled={pending} onClick={withPasskey}>
            Use a passkey
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Checking…" : "Confirm"}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
