import { Card, PageHeading } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { ChangePasswordForm } from "../../../components/account/change-password-form";
import { PasskeysList } from "../../../components/account/passkeys-list";
import { SessionsList } from "../../../components/account/sessions-list";
import { formatDateTime, roleLabel } from "../../../lib/format";
import { api } from "../../../server/caller";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser();
  const caller = await api(user);
  const [sessions, twoFactor, passkeys] = await Promise.all([
    caller.me.sessions(),
    caller.me.twoFactor.status(),
    caller.me.passkeys.list(),
  ]);
  return (
    <>
      <PageHeading title="Account" />
      <div className="space-y-8">
        <Card>
          <h2 className="text-brand-900 text-lg font-semibold">You</h2>
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
            <dt className="text-slate-600">Name</dt>
            <dd>{user.name}</dd>
            <dt className="text-slate-600">Email</dt>
            <dd>{user.email}</dd>
            <dt className="text-slate-600">Role</dt>
            <dd>{roleLabel(user.role)}</dd>
          </dl>
          <p className="mt-3 text-sm text-slate-600">
            An administrator changes names, emails and roles. Your programs can use{" "}
            <Link href="/tokens" className="underline">
              API tokens
            </Link>
            .
          </p>
        </Card>
        <Card>
          <h2 className="text-brand-900 mb-2 text-lg font-semibold">Two-factor sign-in</h2>
          <p className="text-sm">
            {twoFactor.enrolledAt
              ? `On since ${formatDateTime(twoFactor.enrolledAt)}; ${twoFactor.recoveryCodesLeft} of 10 recovery codes left.`
              : twoFactor.required
                ? "Off. Your role requires it: set it up before your grace sign-ins run out."
                : "Off. With it on, a stolen password alone does not open your account."}
          </p>
          <p className="mt-3 text-sm">
            <Link href="/two-factor" className="underline">
              {twoFactor.enrolledAt ? "Manage two-factor sign-in" : "Set up two-factor sign-in"}
            </Link>
          </p>
        </Card>
        <Card>
          <h2 className="text-brand-900 mb-4 text-lg font-semibold">Passkeys</h2>
          <PasskeysList passkeys={passkeys} />
        </Card>
        <Card>
          <h2 className="text-brand-900 mb-4 text-lg font-semibold">Your sessions</h2>
          <SessionsList sessions={sessions} />
        </Card>
        <Card>
          <h2 className="text-brand-900 mb-4 text-lg font-semibold">Change your password</h2>
          <ChangePasswordForm email={user.email} />
        </Card>
      </div>
    </>
  );
}
