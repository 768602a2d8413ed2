/**
 * The signed-in admin: header, section navigation and the <main> landmark around every page but /login.
 *
 * Adding a page: put it under this folder, e.g. `src/app/(admin)/events/page.tsx` (nested groups such
 * as `(admin)/(content)/events/page.tsx` work too) and render only the page's own content, starting
 * with <PageHeading> — no header, no <Container>, no <main>. The section links are in `src/lib/nav.ts`.
 *
 * Guard every page itself, not here: a layout is not re-rendered on client-side navigation, so a page
 * must call `requireUser()` (or `requireRole("EDITOR")`, which renders the 403 page) from
 * `src/server/require-user.ts` before it loads anything. Both are cached per request, so the check
 * here and the page's cost one lookup.
 */
import {
  accountNotices,
  pendingSignInNotice,
  pendingTokenNotices,
  reviewInbox,
  twoFactorStatus,
} from "@kz/api";
import { Alert, SkipLink } from "@kz/ui";
import Link from "next/link";
import type { ReactNode } from "react";

import { AdminHeader } from "../../components/admin-header";
import { AccountNotices } from "../../components/account/account-notices";
import { AdminNav } from "../../components/admin-nav";
import { SignInNotice } from "../../components/sign-in-notice";
import { TokenNotices } from "../../components/tokens/token-notices";
import { navFor } from "../../lib/nav";
import { twoFactorPolicy } from "../../server/auth";
import { db } from "../../server/db";
import { requireUser, requireSignedInAt } from "../../server/require-user";
import { readOrSendBack } from "../../server/unavailable";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const signedInAt = await requireSignedInAt();
  const [newTokens, failedSignIns, twoFactor, changes, inbox] = await readOrSendBack(() =>
    Promise.all([
      pendingTokenNotices(db, user.id, signedInAt),
      pendingSignInNotice(db, user.id),
      twoFactorStatus(db, user, twoFactorPolicy),
      accountNotices(db, user),
      reviewInbox(db, user),
    ]),
  );
  return (
    <>
      <SkipLink label="Skip to content" />
      <AdminHeader user={user} />
      <div className="mx-auto flex w-full max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 md:flex-row md:gap-10 md:py-8">
        <aside className="md:w-48 md:shrink-0">
          <AdminNav
            groups={navFor(user.role)}
            counts={{ "/inbox": inbox.waiting.length + inbox.changesRequested.length }}
          />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {twoFactor.graceSignInsLeft !== null ? (
            <div className="mb-6">
              <Alert tone="info">
                Your role requires two-factor sign-in.{" "}
                {twoFactor.graceSignInsLeft === 0
                  ? "This is your last sign-in without it:"
                  : `You can sign in ${twoFactor.graceSignInsLeft} more time${twoFactor.graceSignInsLeft === 1 ? "" : "s"} without it:`}{" "}
                <Link href="/two-factor" className="underline">
                  set it up now
                </Link>
                .
              </Alert>
            </div>
          ) : null}
          {failedSignIns ? <SignInNotice notice={failedSignIns} /> : null}
          {newTokens.length ? <TokenNotices tokens={newTokens} /> : null}
          {changes.length ? <AccountNotices notices={changes} /> : null}
          {children}
        </main>
      </div>
    </>
  );
}
