"use client";

import type { TokenOutput } from "@kz/api/schemas";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";

import { formatDateTime } from "../../lib/format";
import { tokenHint } from "../../lib/tokens";
import { useTRPC } from "../../trpc/react";
import { SecurityNotice } from "../security-notice";

/**
 * Shown after sign-in while API tokens made by another session (or before this sign-in) are not yet
 * acknowledged: whoever steals a password can mint a token that outlives the session, so the owner
 * is told of every new one and can revoke it, or say they made it.
 */
export function TokenNotices({ tokens }: { tokens: TokenOutput[] }) {
  const trpc = useTRPC();
  const dismiss = useMutation(trpc.token.dismissNotices.mutationOptions());
  return (
    <SecurityNotice
      id="token-notices"
      title={
        tokens.length === 1
          ? "A new API token was created for your account"
          : `${tokens.length} new API tokens were created for your account`
      }
      dismissLabel="I created these tokens"
      dismiss={() => dismiss.mutateAsync({ ids: tokens.map((t) => t.id) })}
      pending={dismiss.isPending}
    >
      <ul className="list-disc space-y-1 pl-5">
        {tokens.map((t) => (
          <li key={t.id}>
            “{t.name}” (<code>{tokenHint(t.prefix)}</code>),{" "}
            {t.scopes.length ? t.scopes.join(", ") : "public reads only"}, created{" "}
            {formatDateTime(t.createdAt)}
          </li>
        ))}
      </ul>
      <p>
        If you did not create {tokens.length === 1 ? "it" : "them"}, someone else knows your
        password:{" "}
        <Link href="/tokens" className="underline">
          revoke {tokens.length === 1 ? "it" : "them"}
        </Link>{" "}
        and change your password on the{" "}
        <Link href="/account" className="underline">
          account page
        </Link>
        , which revokes every token.
      </p>
    </SecurityNotice>
  );
}
