"use client";

import type { TokenOutput } from "@kz/api/schemas";
import { Button } from "@kz/ui";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { formatDateTime } from "../../lib/format";
import { tokenHint } from "../../lib/tokens";
import { errorMessage } from "../../trpc/form-errors";
import { useTRPC } from "../../trpc/react";

/**
 * Shown after sign-in while API tokens made by another session (or before this sign-in) are not yet
 * acknowledged: whoever steals a password can mint a token that outlives the session, so the owner
 * is told of every new one and can revoke it, or say they made it.
 */
export function TokenNotices({ tokens }: { tokens: TokenOutput[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const dismiss = useMutation(trpc.token.dismissNotices.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  const onDismiss = async () => {
    setError(null);
    try {
      await dismiss.mutateAsync({ ids: tokens.map((t) => t.id) });
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section
      aria-labelledby="token-notices"
      className="mb-6 space-y-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <h2 id="token-notices" className="font-semibold">
        {tokens.length === 1
          ? "A new API token was created for your account"
          : `${tokens.length} new API tokens were created for your account`}
      </h2>
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
      {error ? (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="button" variant="secondary" onClick={onDismiss} disabled={dismiss.isPending}>
        {dismiss.isPending ? "Saving…" : "I created these tokens"}
      </Button>
    </section>
  );
}
