import { Card } from "@kz/ui";
import type { Metadata } from "next";
import { Suspense } from "react";

import { LoginForm } from "../../components/login-form";

export const metadata: Metadata = { title: "Sign in" };

export default function LoginPage() {
  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <Card className="w-full max-w-sm">
        <h1 className="text-brand-900 mb-1 text-xl font-semibold">Sign in</h1>
        <p className="mb-6 text-sm text-slate-600">Kazakhstan Human Rights Monitor — editors</p>
        <Suspense>
          <LoginForm />
        </Suspense>
      </Card>
    </div>
  );
}
