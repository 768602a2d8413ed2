import { databaseUnavailablePage, withPageUrl } from "@kz/api/availability";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent } from "next/server";

import { env } from "./env";
import { SESSION_COOKIE } from "./server/session-cookie";

const UNAVAILABLE = {
  lang: "en",
  title: "Admin temporarily unavailable",
  message:
    "The admin cannot reach its database right now (it may be restarting). This page reloads itself in a few seconds, or you can try again now.",
  retry: "Try again now",
};

// Every admin page needs a session; the tRPC and auth routes check their own. A page learns its
// own URL, to be sent back to if the database becomes unavailable while it renders.
const auth = withAuth(
  (request) => NextResponse.next({ request: { headers: withPageUrl(request) } }),
  {
    secret: env.AUTH_SECRET,
    pages: { signIn: "/login" },
    cookies: { sessionToken: { name: SESSION_COOKIE } },
  },
);

/** Answers pages sent back while the database is unavailable (see @kz/api/availability). */
export default async function proxy(request: NextRequestWithAuth, event: NextFetchEvent) {
  return (await databaseUnavailablePage(request, UNAVAILABLE)) ?? auth(request, event);
}

export const config = {
  matcher: ["/((?!login|api/auth|api/trpc|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
