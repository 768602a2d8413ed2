import { Alert, Card } from "@kz/ui";
import type { Metadata } from "next";
import { Suspense } from "react";

import { LoginForm } from "../../components/login-form";
import { firstParam, type SearchParams } from "../../lib/format";

export const metadata: Metadata = { title: "Sign in" };

// Why the user is here, when something sent them: ?notice=… from the admin's own redirects.
const NOTICES: Record<string, string> = {
  "password-changed": "Your password has been changed. Sign in with the new one.",
  "password-changed-tokens-revoked":
    "Your password has been changed and your API tokens have been revoked. Sign in with the new password, then create new tokens for your programs.",
  "session-ended": "Your session has ended. Sign in again.",
  "signed-out-everywhere": "You are signed out everywhere: every session of yours has ended.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const notice = NOTICES[firstParam((await searchParams).notice) ?? ""];
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-sm">
        <h1 className="text-brand-900 mb-1 text-xl font-semibold">Sign in</h1>
        <p className="mb-6 text-sm text-slate-600">Kazakhstan Human Rights Monitor — editors</p>
        {notice ? (
          <div className="mb-5">
            <Alert tone="info">{notice}</Alert>
          </div>
        ) : null}
        <Suspense>
          <LoginForm />
        </Suspense>
      </Card>
    </main>
  );
}
