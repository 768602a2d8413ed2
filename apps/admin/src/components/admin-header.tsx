import type { Actor } from "@kz/api";
import { Badge, Container } from "@kz/ui";
import Link from "next/link";

import { SignOutButton } from "./sign-out-button";

export function AdminHeader({ actor }: { actor: Actor }) {
  return (
    <header className="bg-brand-900 text-white">
      <Container className="flex items-center justify-between gap-4 py-3">
        <Link href="/" className="font-semibold text-white no-underline">
          KZ Human Rights Monitor · Admin
        </Link>
        <div className="flex items-center gap-4 text-sm">
          <span>
            {actor.name} <Badge className="ml-1">{actor.role.toLowerCase()}</Badge>
          </span>
          <SignOutButton />
        </div>
      </Container>
    </header>
  );
}
