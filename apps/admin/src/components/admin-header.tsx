import type { CurrentUser } from "@kz/api";
import { Badge } from "@kz/ui";
import Link from "next/link";

import { roleLabel } from "../lib/format";
import { SignOutButton } from "./sign-out-button";

export function AdminHeader({ user }: { user: CurrentUser }) {
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="font-semibold text-white no-underline">
          KZ Human Rights Monitor · Admin
        </Link>
        <div className="flex items-center gap-4 text-sm">
          <Link href="/account" className="text-white">
            {user.name}
          </Link>
          <Badge>{roleLabel(user.role)}</Badge>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
