import { Card, PageHeading } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { ChangePasswordForm } from "../../../components/account/change-password-form";
import { roleLabel } from "../../../lib/format";
import { requireActor } from "../../../server/require-actor";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <>
      <PageHeading title="Account" />
      <div className="space-y-8">
        <Card>
          <h2 className="text-brand-900 text-lg font-semibold">You</h2>
          <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
            <dt className="text-slate-600">Name</dt>
            <dd>{actor.name}</dd>
            <dt className="text-slate-600">Email</dt>
            <dd>{actor.email}</dd>
            <dt className="text-slate-600">Role</dt>
            <dd>{roleLabel(actor.role)}</dd>
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
          <ChangePasswordForm email={actor.email} />
        </Card>
      </div>
    </>
  );
}
