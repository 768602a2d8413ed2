"use client";

import type { SignInNotice as Notice } from "@kz/api/schemas";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";

import { formatDateTime } from "../lib/format";
import { useTRPC } from "../trpc/react";
import { SecurityNotice } from "./security-notice";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Shown after sign-in when passwords were guessed wrong on this account since the last one: the
 * sign-in page gives every failure the same answer, so this is where the owner learns of guessing
 * (and of sign-in paused from an address) and can act on it.
 */
export function SignInNotice({ notice }: { notice: Notice }) {
  const trpc = useTRPC();
  const dismiss = useMutation(trpc.me.dismissSignInNotice.mutationOptions());
  return (
    <SecurityNotice
      id="sign-in-notice"
      title={`${plural(notice.failedAttempts, "failed sign-in attempt", "failed sign-in attempts")} on your account since ${formatDateTime(notice.since)}`}
      dismissLabel="Dismiss"
      dismiss={() => dismiss.mutateAsync({ failedAttempts: notice.failedAttempts })}
      pending={dismiss.isPending}
    >
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
    </SecurityNotice>
  );
}
