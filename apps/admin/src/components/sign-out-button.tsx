"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="text-brand-100 rounded-sm text-sm hover:text-white focus-visible:outline-white"
    >
      Sign out
    </button>
  );
}
