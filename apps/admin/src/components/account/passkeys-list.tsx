"use client";

import type { PasskeyOutput } from "@kz/api/schemas";
import { Alert, Button } from "@kz/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { formatDateTime } from "../../lib/format";
import { errorMessage } from "../../trpc/form-errors";
import { useTRPC } from "../../trpc/react";
import { TextField } from "../text-field";
import { passkeyAttestationFor } from "./passkey-browser";

/**
 * The signed-in user's passkeys: each named, with when it was added and last used; add another
 * (the browser makes it), rename, remove. Adding and removing are sensitive: an old session is
 * asked to confirm it is the user first (ReauthDialog).
 */
export function PasskeysList({ passkeys }: { passkeys: PasskeyOutput[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const options = useMutation(trpc.me.passkeys.registrationOptions.mutationOptions());
  const register = useMutation(trpc.me.passkeys.register.mutationOptions());
  const rename = useMutation(trpc.me.passkeys.rename.mutationOptions());
  const remove = useMutation(trpc.me.passkeys.remove.mutationOptions());
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError("Give the passkey a name (for example, the device it is on)");
    void run(async () => {
      const answer = await passkeyAttestationFor(await options.mutateAsync());
      if (!answer.ok) throw new Error(answer.message);
      await register.mutateAsync({ name: name.trim(), response: answer.response as never });
      setName("");
    });
  };

  const busy = options.isPending || register.isPending;
  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      {passkeys.length === 0 ? (
        <p className="text-sm text-slate-600">
          No passkeys yet. A passkey signs you in with this device&apos;s lock (fingerprint, face,
          PIN) or a security key, and cannot be phished.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm" aria-label="Your passkeys">
          {passkeys.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-3 py-2">
              {editing?.id === p.id ? (
                <form
                  className="flex flex-1 items-end gap-2"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void run(async () => {
                      await rename.mutateAsync(editing);
                      setEditing(null);
                    });
                  }}
                >
                  <TextField
                    label="New name"
                    id={`passkey-name-${p.id}`}
                    value={editing.name}
                    onChange={(e) => setEditing({ id: p.id, name: e.target.value })}
                  />
                  <Button type="submit" disabled={rename.isPending}>
                    Save
                  </Button>
                </form>
              ) : (
                <span className="flex-1">
                  <span className="font-medium">{p.name}</span>
                  <span className="block text-slate-600">
                    Added {formatDateTime(p.createdAt)} ·{" "}
                    {p.lastUsedAt ? `last used ${formatDateTime(p.lastUsedAt)}` : "never used"}
                  </span>
                </span>
              )}
              {editing?.id !== p.id ? (
                <Button type="button" variant="secondary" onClick={() => setEditing(p)}>
                  Rename
                </Button>
              ) : null}
              {removing === p.id ? (
                <Button
                  type="button"
                  disabled={remove.isPending}
                  onClick={() =>
                    void run(async () => {
                      await remove.mutateAsync({ id: p.id });
                      setRemoving(null);
                    })
                  }
                >
                  Remove {p.name} for good
                </Button>
              ) : (
                <Button type="button" variant="secondary" onClick={() => setRemoving(p.id)}>
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={onAdd} noValidate className="flex flex-wrap items-end gap-3">
        <TextField
          label="Name of the new passkey"
          id="passkey-name"
          value={name}
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" disabled={busy}>
          {busy ? "Waiting for your device…" : "Add a passkey"}
        </Button>
      </form>
    </div>
  );
}
