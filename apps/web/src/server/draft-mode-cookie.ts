import "server-only";

import { DRAFT_MODE_COOKIE } from "@kz/api/security";
import { cookies } from "next/headers";

import { env } from "../env";

/**
 * Next sets the draft-mode cookie SameSite=None (and always Secure), so that a preview can show
 * inside another site's frame. This site is never framed (`frame-ancestors 'none'`) and its
 * previews open as a page of their own, so the cookie is set again SameSite=Lax — no other site's
 * request carries it — and Secure whenever the site is served over https. Call right after
 * `draftMode().enable()` or `.disable()` (which sets the cookie expired).
 */
export async function keepDraftModeCookieFirstParty(): Promise<void> {
  const store = await cookies();
  const cookie = store.get(DRAFT_MODE_COOKIE);
  if (!cookie) throw new Error("Call draftMode().enable() or .disable() first");
  store.set({
    ...cookie,
    httpOnly: true,
    sameSite: "lax",
    secure: env.PUBLIC_SITE_URL.startsWith("https:"),
    path: "/",
  });
}
