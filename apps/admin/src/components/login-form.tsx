"use client";

import { credentialsInput, SIGN_IN_REFUSED_MESSAGE, type CredentialsInput } from "@kz/api/schemas";
import { sameOriginPath } from "@kz/api/security";
import { Alert, Button } from "@kz/ui";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { TextField } from "./text-field";

const MESSAGES: Record<string, string> = {
  invalid: SIGN_IN_REFUSED_MESSAGE,
  rate_limited: "Too many sign-in attempts from here. Wait a few minutes, then try again.",
  unavailable:
    "The database is temporarily unavailable (it may be restarting). Try again in a few seconds.",
};

export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<CredentialsInput>({ resolver: zodResolver(credentialsInput) });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setError(MESSAGES[result?.error ?? ""] ?? "Sign-in failed. Try again.");
      return;
    }
    router.replace(sameOriginPath(params.get("callbackUrl"), window.location.origin));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {error ? <Alert>{error}</Alert> : null}
      <TextField
        label="Email"
        id="email"
        type="email"
        autoComplete="username"
        error={errors.email}
        {...register("email")}
      />
      <TextField
        label="Password"
        id="password"
        type="password"
        autoComplete="current-password"
        error={errors.password}
        {...register("password")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
