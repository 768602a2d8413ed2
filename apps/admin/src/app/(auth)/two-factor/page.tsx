import { Alert, Card } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { PasskeysList } from "../../../components/account/passkeys-list";
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
  const caller = await api(user);
  const [status, passkeys] = await Promise.all([
    caller.me.twoFactor.status(),
    caller.me.passkeys.list(),
  ]);
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
        <section className="mt-8 border-t border-slate-200 pt-6" aria-labelledby="passkeys-heading">
          <h2 id="passkeys-heading" className="text-brand-900 mb-2 text-lg font-semibold">
            Passkeys
          </h2>
          <p className="mb-4 text-sm text-slate-600">
            A passkey is a second factor too (or, on the sign-in page, a sign-in by itself): adding
            one sets up two-factor sign-in without an authenticator app.
          </p>
          <PasskeysList passkeys={passkeys} />
        </section>
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
