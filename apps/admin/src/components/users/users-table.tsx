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
import { Dialog } from "../dialog";
import { OneTimeSecret } from "../one-time-secret";

type Action = { kind: "role" | "deactivate" | "reset"; user: UserOutput };
type Notice = { tone: "info" | "danger"; text: string };

const actionButton =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400";

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

  const done = (text: string) => {
    setNotice({ tone: "info", text });
    setAction(null);
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
      <div aria-live="polite" aria-atomic="true">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      {users.length === 0 ? (
        <p className="text-slate-600">No users match these filters.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="kz-table">
            <caption className="sr-only">Users</caption>
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
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
                      </span>
                    </td>
                    <td className="align-top whitespace-nowrap">
                      {formatDateTime(user.lastLoginAt)}
                    </td>
                    <td className="align-top">
                      <div className="flex flex-wrap gap-2">
                        <button
                          type="button"
                          className={actionButton}
                          onClick={() => setAction({ kind: "role", user })}
                        >
                          Change role<span className="sr-only"> of {user.email}</span>
                        </button>
                        {user.active ? (
                          <button
                            type="button"
                            className={actionButton}
                            onClick={() => setAction({ kind: "deactivate", user })}
                          >
                            Deactivate<span className="sr-only"> {user.email}</span>
                          </button>
                        ) : (
                          <button
                            type="button"
                            className={actionButton}
                            disabled={activate.isPending}
                            onClick={() => onActivate(user)}
                          >
                            Activate<span className="sr-only"> {user.email}</span>
                          </button>
                        )}
                        <button
                          type="button"
                          className={actionButton}
                          onClick={() => setAction({ kind: "reset", user })}
                        >
                          Reset password<span className="sr-only"> of {user.email}</span>
                        </button>
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
            </tbody>
          </table>
        </div>
      )}

      <Dialog
        open={action?.kind === "role"}
        onClose={() => setAction(null)}
        title={`Change the role of ${action?.user.email ?? ""}`}
      >
        {action?.kind === "role" ? (
          <RoleForm
            user={action.user}
            onCancel={() => setAction(null)}
            onDone={(user) => done(`${user.email} is now ${roleLabel(user.role).toLowerCase()}.`)}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={action?.kind === "deactivate"}
        onClose={() => setAction(null)}
        title={`Deactivate ${action?.user.email ?? ""}?`}
      >
        {action?.kind === "deactivate" ? (
          <DeactivateForm
            user={action.user}
            isSelf={action.user.id === currentUserId}
            onCancel={() => setAction(null)}
            onDone={(user) =>
              done(
                `${user.email} is deactivated: their sessions have ended and their API tokens are revoked.`,
              )
            }
          />
        ) : null}
      </Dialog>
      <Dialog
        open={action?.kind === "reset"}
        onClose={() => setAction(null)}
        title={`Reset the password of ${action?.user.email ?? ""}`}
      >
        {action?.kind === "reset" ? (
          <ResetPasswordForm
            user={action.user}
            isSelf={action.user.id === currentUserId}
            onClose={() => setAction(null)}
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
      <div className="flex justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save role"}
        </Button>
      </div>
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
      // Deactivating yourself ends your own session: the next page is the login page.
      if (isSelf) window.location.assign("/login?notice=session-ended");
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
      <div className="flex justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onCancel}>
          {error ? "Close" : "Cancel"}
        </Button>
        <Button type="button" onClick={onConfirm} disabled={deactivate.isPending || !!error}>
          {deactivate.isPending ? "Deactivating…" : "Deactivate"}
        </Button>
      </div>
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
        <div className="flex justify-end">
          <Button
            type="button"
            onClick={isSelf ? () => window.location.assign("/login?notice=session-ended") : onClose}
          >
            Done
          </Button>
        </div>
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
      <div className="flex justify-end gap-3">
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="button" onClick={onConfirm} disabled={reset.isPending}>
          {reset.isPending ? "Resetting…" : "Reset password"}
        </Button>
      </div>
    </div>
  );
}
