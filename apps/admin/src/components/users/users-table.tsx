"use client";

import {
  userUpdateInput,
  type UserOutput,
  type UserUpdateInput,
  type UserWithPasswordOutput,
} from "@kz/api/schemas";
import { Alert, Badge, Button } from "@kz/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { formatDateTime, roleLabel } from "../../lib/format";
import { ROLES } from "../../lib/user-filters";
import { errorMessage, showServerErrors } from "../../trpc/form-errors";
import { useTRPC } from "../../trpc/react";
import { actionsColumn, DataTable } from "../data-table";
import { Dialog } from "../dialog";
import { DialogAction, DialogActions } from "../dialog-actions";
import { LiveNotice, type Notice } from "../live-notice";
import { OneTimeSecret } from "../one-time-secret";
import { RowButton } from "../row-button";

type Action = {
  kind: "role" | "deactivate" | "reset" | "endSessions" | "resetTwoFactor";
  user: UserOutput;
};

const DIALOG_TITLES: Record<Action["kind"], (email: string) => string> = {
  role: (email) => `Change the role of ${email}`,
  deactivate: (email) => `Deactivate ${email}?`,
  reset: (email) => `Reset the password of ${email}`,
  endSessions: (email) => `Sign ${email} out everywhere?`,
  resetTwoFactor: (email) => `Reset the two-factor sign-in of ${email}?`,
};

/** Deactivating or resetting your own account ends your session: the next page is the login page. */
const toLogin = () => window.location.assign("/login?notice=session-ended");

/**
 * The users list with each user's actions. Every change goes through a dialog (or, for activating,
 * at once) and is announced in the live region above the table; the list is then re-read from the
 * server, which remains the only judge of what is allowed (the last admin, for one).
 */
export function UsersTable({
  users,
  currentUserId,
  now,
}: {
  users: UserOutput[];
  currentUserId: string;
  now: Date;
}) {
  const router = useRouter();
  const trpc = useTRPC();
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const activate = useMutation(trpc.user.activate.mutationOptions());
  const endSessions = useMutation(trpc.user.endSessions.mutationOptions());
  const resetTwoFactor = useMutation(trpc.user.resetTwoFactor.mutationOptions());
  const close = () => setAction(null);

  const done = (text: string) => {
    setNotice({ tone: "info", text });
    close();
    router.refresh();
  };

  const onActivate = async (user: UserOutput) => {
    setNotice(null);
    try {
      await activate.mutateAsync({ id: user.id });
      done(`${user.email} is active again and can sign in.`);
    } catch (error) {
      setNotice({ tone: "danger", text: errorMessage(error) });
    }
  };

  return (
    <div className="space-y-3">
      <LiveNotice notice={notice} />
      {users.length === 0 ? (
        <p className="text-slate-600">No users match these filters.</p>
      ) : (
        <DataTable
          caption="Users"
          columns={["User", "Role", "Status", "Last sign-in", actionsColumn]}
        >
          {users.map((user) => {
            const locked = user.lockedUntil && user.lockedUntil > now;
            return (
              <tr key={user.id}>
                <th scope="row" className="align-top">
                  <span className="block">
                    {user.name}
                    {user.id === currentUserId ? " (you)" : ""}
                  </span>
                  <span className="block font-normal text-slate-600">{user.email}</span>
                </th>
                <td className="align-top">{roleLabel(user.role)}</td>
                <td className="align-top">
                  <span className="flex flex-wrap gap-1">
                    {user.active ? (
                      <Badge tone="success">Active</Badge>
                    ) : (
                      <Badge tone="danger">Deactivated</Badge>
                    )}
                    {locked ? <Badge tone="warning">Locked</Badge> : null}
                    {user.twoFactorEnabled ? <Badge tone="success">Two-factor</Badge> : null}
                  </span>
                </td>
                <td className="align-top whitespace-nowrap">{formatDateTime(user.lastLoginAt)}</td>
                <td className="align-top">
                  <div className="flex flex-wrap gap-2">
                    <RowButton
                      subject={`of ${user.email}`}
                      onClick={() => setAction({ kind: "role", user })}
                    >
                      Change role
                    </RowButton>
                    {user.active ? (
                      <RowButton
                        subject={user.email}
                        onClick={() => setAction({ kind: "deactivate", user })}
                      >
                        Deactivate
                      </RowButton>
                    ) : (
                      <RowButton
                        subject={user.email}
                        disabled={activate.isPending}
                        onClick={() => onActivate(user)}
                      >
                        Activate
                      </RowButton>
                    )}
                    <RowButton
                      subject={`of ${user.email}`}
                      onClick={() => setAction({ kind: "reset", user })}
                    >
                      Reset password
                    </RowButton>
                    <RowButton
                      subject={`of ${user.email}`}
                      onClick={() => setAction({ kind: "endSessions", user })}
                    >
                      End sessions
                    </RowButton>
                    {user.twoFactorEnabled ? (
                      <RowButton
                        subject={`of ${user.email}`}
                        onClick={() => setAction({ kind: "resetTwoFactor", user })}
                      >
                        Reset two-factor
                      </RowButton>
                    ) : null}
                    <Link
                      href={`/audit?actor=${encodeURIComponent(user.email)}`}
                      className="px-1 py-1 text-sm"
                    >
                      Activity<span className="sr-only"> of {user.email}</span>
                    </Link>
                  </div>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}

      <Dialog
        open={action !== null}
        onClose={close}
        title={action ? DIALOG_TITLES[action.kind](action.user.email) : ""}
      >
        {action?.kind === "role" ? (
          <RoleForm
            user={action.user}
            onCancel={close}
            onDone={(user) => done(`${user.email} is now ${roleLabel(user.role).toLowerCase()}.`)}
          />
        ) : null}
        {action?.kind === "deactivate" ? (
          <DeactivateForm
            user={action.user}
            isSelf={action.user.id === currentUserId}
            onCancel={close}
            onDone={(user) =>
              done(
                `${user.email} is deactivated: their sessions have ended and their API tokens are revoked.`,
              )
            }
          />
        ) : null}
        {action?.kind === "endSessions" ? (
          <ConfirmAction
            text={`${action.user.name} is signed out of every browser at once; they can sign in again.${action.user.id === currentUserId ? " This includes you." : ""}`}
            label="Sign out everywhere"
            run={(id) => endSessions.mutateAsync({ id })}
            user={action.user}
            onCancel={close}
            onDone={() =>
              action.user.id === currentUserId
                ? toLogin()
                : done(`${action.user.email} is signed out everywhere.`)
            }
          />
        ) : null}
        {action?.kind === "resetTwoFactor" ? (
          <ConfirmAction
            text={`${action.user.name}'s authenticator app, recovery codes and passkeys stop working, and every session of theirs ends. They sign in with their password and, if their role requires it, set up a new second factor.`}
            label="Reset two-factor"
            run={(id) => resetTwoFactor.mutateAsync({ id })}
            user={action.user}
            onCancel={close}
            onDone={() =>
              action.user.id === currentUserId
                ? toLogin()
                : done(`The two-factor sign-in of ${action.user.email} is reset.`)
            }
          />
        ) : null}
        {action?.kind === "reset" ? (
          <ResetPasswordForm
            user={action.user}
            isSelf={action.user.id === currentUserId}
            onClose={close}
            onReset={() => router.refresh()}
          />
        ) : null}
      </Dialog>
    </div>
  );
}

function RoleForm({
  user,
  onCancel,
  onDone,
}: {
  user: UserOutput;
  onCancel: () => void;
  onDone: (user: UserOutput) => void;
}) {
  const trpc = useTRPC();
  const update = useMutation(trpc.user.update.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UserUpdateInput>({
    resolver: zodResolver(userUpdateInput),
    defaultValues: { id: user.id, role: user.role },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      onDone(await update.mutateAsync(values));
    } catch (error) {
      setFormError(showServerErrors(error, setError, ["role"]));
    }
  });

  const error = errors.role?.message ?? errors.name?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <input type="hidden" {...register("id")} />
      <fieldset aria-describedby={error ? "role-error" : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">Role</legend>
        <div className="space-y-2">
          {ROLES.map((role) => (
            <label key={role} className="flex items-center gap-2">
              <input
                type="radio"
                value={role}
                data-autofocus={role === user.role ? true : undefined}
                {...register("role")}
              />
              {roleLabel(role)}
            </label>
          ))}
        </div>
        {error ? (
          <p id="role-error" className="mt-2 text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </fieldset>
      <DialogAction onCancel={onCancel} label="Save role" busyLabel="Saving…" busy={isSubmitting} />
    </form>
  );
}

function DeactivateForm({
  user,
  isSelf,
  onCancel,
  onDone,
}: {
  user: UserOutput;
  isSelf: boolean;
  onCancel: () => void;
  onDone: (user: UserOutput) => void;
}) {
  const trpc = useTRPC();
  const deactivate = useMutation(trpc.user.deactivate.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  const onConfirm = async () => {
    setError(null);
    try {
      const updated = await deactivate.mutateAsync({ id: user.id });
      if (isSelf) toLogin();
      else onDone(updated);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <p>
        {user.name} will be signed out at once and cannot sign in again until activated; their API
        tokens are revoked for good (activating the account again does not bring them back). Their
        records and history stay.
        {isSelf ? " This is your own account: you will be signed out." : ""}
      </p>
      <DialogAction
        onCancel={onCancel}
        cancelLabel={error ? "Close" : "Cancel"}
        label="Deactivate"
        busyLabel="Deactivating…"
        busy={deactivate.isPending}
        disabled={!!error}
        onClick={onConfirm}
      />
    </div>
  );
}

function ResetPasswordForm({
  user,
  isSelf,
  onClose,
  onReset,
}: {
  user: UserOutput;
  isSelf: boolean;
  onClose: () => void;
  onReset: () => void;
}) {
  const trpc = useTRPC();
  const reset = useMutation(trpc.user.resetPassword.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<UserWithPasswordOutput | null>(null);

  const onConfirm = async () => {
    setError(null);
    try {
      setResult(await reset.mutateAsync({ id: user.id }));
      onReset();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (result) {
    return (
      <div className="space-y-4">
        <p role="status">
          The password of {result.user.email} is reset and their sessions have ended.{" "}
          {result.tokensRevoked === 0
            ? "They had no working API tokens."
            : `${result.tokensRevoked} API token${result.tokensRevoked === 1 ? " was" : "s were"} revoked.`}
        </p>
        <OneTimeSecret
          label="New one-time password"
          value={result.password}
          warning="Copy this password now and give it to them through a safe channel. It is shown only once."
        />
        <DialogActions>
          <Button type="button" onClick={isSelf ? toLogin : onClose}>
            Done
          </Button>
        </DialogActions>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <p>
        A new one-time password replaces the current one. {user.name} is signed out everywhere,
        their API tokens are revoked, and a lockout after failed sign-ins is lifted.
        {isSelf ? " This is your own account: you will need to sign in again." : ""}
      </p>
      <DialogAction
        onCancel={onClose}
        label="Reset password"
        busyLabel="Resetting…"
        busy={reset.isPending}
        onClick={onConfirm}
      />
    </div>
  );
}

/** A change confirmed in its dialog: what it does, then one button. */
function ConfirmAction({
  user,
  text,
  label,
  run,
  onCancel,
  onDone,
}: {
  user: UserOutput;
  text: string;
  label: string;
  run: (id: string) => Promise<unknown>;
  onCancel: () => void;
  onDone: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onConfirm = async () => {
    setError(null);
    setBusy(true);
    try {
      await run(user.id);
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <p>{text}</p>
      <DialogAction
        onCancel={onCancel}
        cancelLabel={error ? "Close" : "Cancel"}
        label={label}
        busy={busy}
        onClick={onConfirm}
      />
    </div>
  );
}
