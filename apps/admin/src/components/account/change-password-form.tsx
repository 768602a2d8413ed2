"use client";

import { PASSWORD_MIN_LENGTH } from "@kz/api/schemas";
import { Alert, Button } from "@kz/ui";
import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useState } from "react";

import { accountPasswordForm, type AccountPasswordForm } from "../../lib/account-password";
import { useTRPC } from "../../trpc/react";
import { useServerForm } from "../../trpc/use-server-form";
import { describedBy, TextField } from "../text-field";

/**
 * Changes the signed-in user's password. The server then ends every session begun before the change,
 * this one included, and revokes the user's API tokens, so the user is signed out and sent to sign
 * in with the new password (the sign-in page says whether tokens were revoked).
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const trpc = useTRPC();
  const change = useMutation(trpc.me.changePassword.mutationOptions());
  const [status, setStatus] = useState("");
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm({
    schema: accountPasswordForm,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    fields: ["currentPassword", "newPassword"],
  });

  const onSubmit = submit(async ({ currentPassword, newPassword }) => {
    const { tokensRevoked } = await change.mutateAsync({ currentPassword, newPassword });
    setStatus("Password changed. Signing you out…");
    const notice = tokensRevoked > 0 ? "password-changed-tokens-revoked" : "password-changed";
    await signOut({ callbackUrl: `/login?notice=${notice}` });
  });

  const password = (
    name: keyof AccountPasswordForm,
    label: string,
    autoComplete: "current-password" | "new-password",
    hint?: string,
  ) => (
    <TextField
      label={label}
      id={name}
      type="password"
      autoComplete={autoComplete}
      error={errors[name]}
      aria-describedby={describedBy(name, errors[name], hint)}
      {...register(name)}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      {formError ? <Alert>{formError}</Alert> : null}
      {password("currentPassword", "Current password", "current-password")}
      {password("newPassword", "New password", "new-password", "newPassword-hint")}
      <p id="newPassword-hint" className="-mt-3 text-sm text-slate-600">
        At least {PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.
      </p>
      {password("confirmPassword", "New password, again", "new-password")}
      <p className="text-sm text-slate-600">
        Changing it signs you out everywhere, here included, and revokes all your API tokens: make
        new ones after you sign in with the new password.
      </p>
      <Button type="submit" disabled={isSubmitting || status !== ""}>
        {isSubmitting ? "Changing…" : "Change password"}
      </Button>
      <p role="status" className="text-sm">
        {status}
      </p>
    </form>
  );
}
