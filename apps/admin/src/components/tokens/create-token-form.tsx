"use client";

import {
  TOKEN_DEFAULT_LIFETIME_DAYS,
  TOKEN_MAX_LIFETIME_DAYS,
  tokenCreateInput,
  type tokenScopeInput,
  type TokenCreateOutput,
} from "@kz/api/schemas";
import { Alert, Button } from "@kz/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { formatDateTime } from "../../lib/format";
import { expiryOfDay } from "../../lib/tokens";
import { showServerErrors } from "../../trpc/form-errors";
import { useTRPC } from "../../trpc/react";
import { OneTimeSecret } from "../one-time-secret";
import { describedBy, TextField } from "../text-field";

type FormInput = z.input<typeof tokenCreateInput>;
type TokenScope = z.infer<typeof tokenScopeInput>;

const SCOPES: { value: TokenScope; label: string; hint: string }[] = [
  {
    value: "read:drafts",
    label: "read:drafts",
    hint: "Read unpublished records: drafts, records in review and the trash.",
  },
  {
    value: "write",
    label: "write",
    hint: "Create and change records as you, never beyond what your role allows.",
  },
];

/**
 * Creates a personal API token. The secret comes back once, in the answer to this call: it is shown
 * here until the page is left, and the server keeps only its hash.
 */
export function CreateTokenForm({
  canWrite,
  today,
  defaultExpiry,
  latestExpiry,
}: {
  canWrite: boolean;
  /** YYYY-MM-DD (UTC): the earliest and latest expiry the date picker offers, and its default. */
  today: string;
  defaultExpiry: string;
  latestExpiry: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.token.create.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<TokenCreateOutput | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, z.output<typeof tokenCreateInput>>({
    resolver: zodResolver(tokenCreateInput),
    // The expiry is read from the date input (its defaultValue), through setValueAs.
    defaultValues: { name: "", scopes: [] },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      setCreated(await create.mutateAsync(values));
      // Ready for another token; the expiry date is kept.
      setValue("name", "");
      setValue("scopes", []);
      router.refresh();
    } catch (error) {
      setFormError(showServerErrors(error, setError, ["name", "scopes", "expiresAt"]));
    }
  });

  return (
    <div className="space-y-6">
      {created ? (
        <section aria-labelledby="new-token" className="space-y-2">
          <h3 id="new-token" className="text-brand-900 font-semibold">
            Your new token “{created.name}”
          </h3>
          <OneTimeSecret
            label="API token"
            value={created.token}
            warning={`Copy the token now: it is shown only this once and cannot be recovered. It expires ${formatDateTime(
              created.expiresAt,
            )}. Send it as “Authorization: Bearer …”; keep it out of code and chats.`}
          />
        </section>
      ) : null}

      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="create-token">
        <h2 id="create-token" className="text-brand-900 text-lg font-semibold">
          Create a token
        </h2>
        {formError ? <Alert>{formError}</Alert> : null}
        <TextField
          label="Name"
          id="token-name"
          autoComplete="off"
          placeholder="e.g. nightly mirror"
          error={errors.name}
          aria-describedby={describedBy("token-name", errors.name)}
          {...register("name")}
        />
        <fieldset aria-describedby={errors.scopes ? "token-scopes-error" : "token-scopes-hint"}>
          <legend className="text-sm font-medium text-slate-800">Scopes</legend>
          <p id="token-scopes-hint" className="text-sm text-slate-600">
            Without a scope a token reads what the public site shows.
          </p>
          <div className="mt-2 space-y-2">
            {SCOPES.map((scope) => {
              const disabled = scope.value === "write" && !canWrite;
              return (
                <div key={scope.value} className="flex items-start gap-2">
                  <input
                    id={`scope-${scope.value}`}
                    type="checkbox"
                    value={scope.value}
                    disabled={disabled}
                    aria-describedby={`scope-${scope.value}-hint`}
                    className="mt-1"
                    {...register("scopes")}
                  />
                  <div>
                    <label htmlFor={`scope-${scope.value}`} className="font-mono text-sm">
                      {scope.label}
                    </label>
                    <p id={`scope-${scope.value}-hint`} className="text-sm text-slate-600">
                      {disabled
                        ? "Your role (viewer) cannot write, so neither can your tokens."
                        : scope.hint}
                    </p>
                  </div>
                </div>
              );
            })}
          </div>
          {errors.scopes ? (
            <p id="token-scopes-error" className="mt-1 text-sm text-red-700">
              {errors.scopes.message}
            </p>
          ) : null}
        </fieldset>
        <TextField
          label="Expires on"
          id="token-expiry"
          type="date"
          min={today}
          max={latestExpiry}
          defaultValue={defaultExpiry}
          error={errors.expiresAt}
          // While there is an error, it replaces the hint (which says the same limits).
          aria-describedby={describedBy("token-expiry", errors.expiresAt) ?? "token-expiry-hint"}
          {...register("expiresAt", {
            setValueAs: (v: string) => (v ? expiryOfDay(v) : undefined),
          })}
        />
        <p id="token-expiry-hint" className="-mt-3 text-sm text-slate-600">
          The token stops working at the end of this day (UTC): at most {TOKEN_MAX_LIFETIME_DAYS}{" "}
          days from today. Left empty, it expires in {TOKEN_DEFAULT_LIFETIME_DAYS} days. Changing
          your password revokes every token.
        </p>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create token"}
        </Button>
      </form>
    </div>
  );
}
