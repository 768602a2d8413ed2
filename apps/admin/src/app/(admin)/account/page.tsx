import { Card, PageHeading } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { ChangePasswordForm } from "../../../components/account/change-password-form";
import { roleLabel } from "../../../lib/format";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser();
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
          <h2 className="text-brand-900 mb-4 text-lg font-semibold">Change your password</h2>
          <ChangePasswordForm email={user.email} />
        </Card>
      </div>
    </>
  );
}
