import { Alert, Card } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { TwoFactorSetup } from "../../../components/account/two-factor-setup";
import { SignOutButton } from "../../../components/sign-out-button";
import { api } from "../../../server/caller";
import { requireUserDuringEnrolment } from "../../../server/require-user";

export const metadata: Metadata = { title: "Two-factor sign-in" };

/**
 * Two-factor sign-in: set up, new recovery codes, turn off. Outside the admin's layout, since a user
 * the policy holds at enrolment may reach this page and nothing else.
 */
export default async function TwoFactorPage() {
  const user = await requireUserDuringEnrolment();
  const status = await (await api(user)).me.twoFactor.status();
  return (
    <main id="main" className="flex min-h-screen items-start justify-center px-4 py-10">
      <Card className="w-full max-w-2xl">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h1 className="text-brand-900 text-xl font-semibold">Two-factor sign-in</h1>
          <span className="rounded-md bg-slate-800 px-2 py-1">
            <SignOutButton />
          </span>
        </div>
        {status.held ? (
          <div className="mb-5">
            <Alert tone="info">
              Your role requires two-factor sign-in. Set it up to continue: until then, this is the
              only page of the admin open to you.
            </Alert>
          </div>
        ) : null}
        <TwoFactorSetup status={status} />
        {status.held ? null : (
          <p className="mt-6 text-sm">
            <Link href="/account" className="underline">
              Back to your account
            </Link>
          </p>
        )}
      </Card>
    </main>
  );
}
