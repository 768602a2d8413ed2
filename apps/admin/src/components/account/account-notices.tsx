"use client";

import type { AccountNoticeOutput } from "@kz/api/schemas";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";

import { formatDateTime } from "../../lib/format";
import { useTRPC } from "../../trpc/react";
import { SecurityNotice } from "../security-notice";

/**
 * After sign-in: sign-ins from a device not seen before, and second factors or passkeys added or
 * removed, since the user last dismissed this — so a stranger's doing does not go unseen.
 */
export function AccountNotices({ notices }: { notices: AccountNoticeOutput[] }) {
  const trpc = useTRPC();
  const dismiss = useMutation(trpc.me.dismissNotices.mutationOptions());
  return (
    <SecurityNotice
      id="account-notices"
      title="Changes to your account since your last visit"
      dismissLabel="Dismiss"
      dismiss={() => dismiss.mutateAsync()}
      pending={dismiss.isPending}
    >
      <ul className="list-disc pl-5">
        {notices.map((n, i) => (
          <li key={i}>
            {formatDateTime(n.at)}: {n.text}
          </li>
        ))}
      </ul>
      <p className="mt-2">
        Not you? End the sessions you do not know and change your password on the{" "}
        <Link href="/account" className="underline">
          account page
        </Link>
        .
      </p>
    </SecurityNotice>
  );
}
