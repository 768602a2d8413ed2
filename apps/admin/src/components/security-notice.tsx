"use client";

import { Button } from "@kz/ui";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";

import { errorMessage } from "../trpc/form-errors";

/**
 * A warning about the account shown after sign-in (guessed passwords, new API tokens) until the
 * owner acknowledges it; the page is re-read after, so the notice goes.
 */
export function SecurityNotice({
  id,
  title,
  dismissLabel,
  dismiss,
  pending,
  children,
}: {
  id: string;
  title: ReactNode;
  dismissLabel: string;
  /** Records the acknowledgement. */
  dismiss: () => Promise<unknown>;
  pending: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const onDismiss = async () => {
    setError(null);
    try {
      await dismiss();
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section
      aria-labelledby={id}
      className="mb-6 space-y-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {children}
      {error ? (
        <p role="alert" className="text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="button" variant="secondary" onClick={onDismiss} disabled={pending}>
        {pending ? "Saving…" : dismissLabel}
      </Button>
    </section>
  );
}
