"use client";

import { userCreateInput, type UserOutput } from "@kz/api/schemas";
import { Alert, Button, Field } from "@kz/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { roleLabel } from "../../lib/format";
import { ROLES } from "../../lib/user-filters";
import { useTRPC } from "../../trpc/react";
import { useServerForm } from "../../trpc/use-server-form";
import { Dialog } from "../dialog";
import { DialogAction, DialogActions } from "../dialog-actions";
import { OneTimeSecret } from "../one-time-secret";
import { describedBy, TextField } from "../text-field";

const selectClass =
  "focus:border-brand-600 focus:ring-brand-600 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:ring-1 focus:outline-none";

export function CreateUserDialog() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" onClick={() => setOpen(true)}>
        Create user
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Create user">
        <CreateUserForm onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.user.create.mutationOptions());
  const [created, setCreated] = useState<{ user: UserOutput; password: string } | null>(null);
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useServerForm({
    schema: userCreateInput,
    defaultValues: { email: "", name: "", role: "VIEWER" },
    fields: ["email", "name", "role"],
  });

  const onSubmit = submit(async (values) => {
    setCreated(await create.mutateAsync(values));
    router.refresh();
  });

  if (created) {
    return (
      <div className="space-y-4">
        <p role="status">
          {created.user.name} ({created.user.email}) can now sign in as{" "}
          {roleLabel(created.user.role).toLowerCase()}.
        </p>
        <OneTimeSecret
          label="One-time password"
          value={created.password}
          warning="Copy this password now and give it to them through a safe channel. It is shown only once; if it is lost, reset the password."
        />
        <DialogActions>
          <Button type="button" onClick={onDone}>
            Done
          </Button>
        </DialogActions>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <TextField
        label="Email"
        id="new-user-email"
        type="email"
        autoComplete="off"
        data-autofocus
        error={errors.email}
        aria-describedby={describedBy("new-user-email", errors.email)}
        {...register("email")}
      />
      <TextField
        label="Name"
        id="new-user-name"
        autoComplete="off"
        error={errors.name}
        aria-describedby={describedBy("new-user-name", errors.name)}
        {...register("name")}
      />
      <Field label="Role" htmlFor="new-user-role" error={errors.role?.message}>
        <select id="new-user-role" className={selectClass} {...register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </select>
      </Field>
      <p className="text-sm text-slate-600">
        A one-time password is generated and shown once, after the user is created.
      </p>
      <DialogAction
        onCancel={onDone}
        label="Create user"
        busyLabel="Creating…"
        busy={isSubmitting}
      />
    </form>
  );
}
