"use client";

import type { SignInNotice as Notice } from "@kz/api/schemas";
import { Button } from "@kz/ui";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { formatDateTime } from "../lib/format";
import { errorMessage } from "../trpc/form-errors";
import { useTRPC } from "../trpc/react";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Shown after sign-in when passwords were guessed wrong on this account since the last one: the
 * sign-in page gives every failure the same answer, so this is where the owner learns of guessing
 * (and of sign-in paused from an address) and can act on it.
 */
export function SignInNotice({ notice }: { notice: Notice }) {
  const trpc = useTRPC();
  const router = useRouter();
  const dismiss = useMutation(trpc.me.dismissSignInNotice.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  const onDismiss = async () => {
    setError(null);
    try {
      await dismiss.mutateAsync({ failedAttempts: notice.failedAttempts });
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section
      aria-labelledby="sign-in-notice"
      className="mb-6 space-y-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <h2 id="sign-in-notice" className="font-semibold">
        {plural(notice.failedAttempts, "failed sign-in attempt", "failed sign-in attempts")} on your
        account since {formatDateTime(notice.since)}
      </h2>
      <p>
        From {plural(notice.addresses, "address", "different addresses")}
        {notice.lockouts > 0
          ? `; sign-in was paused ${plural(notice.lockouts, "time", "times")} after repeated wrong passwords`
          : ""}
        . If these were not you, someone is guessing your password: choose a long, unique one on the{" "}
        <Link href="/account" className="underline">
          account page
        </Link>
        .
      </p>
      {error ? (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="button" variant="secondary" onClick={onDismiss} disabled={dismiss.isPending}>
        {dismiss.isPending ? "Saving…" : "Dismiss"}
      </Button>
    </section>
  );
}
