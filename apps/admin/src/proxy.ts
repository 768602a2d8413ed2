import { databaseUnavailablePage, withPageUrl } from "@kz/api/availability";
import { DRAFT_MODE_COOKIE, withoutBrokenCallbackUrls, withPagePolicy } from "@kz/api/security";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";

import { env } from "./env";
import { sessionCookieName } from "./server/session-cookie";

const UNAVAILABLE = {
  lang: "en",
  title: "Admin temporarily unavailable",
  message:
    "The admin cannot reach its database right now (it may be restarting). This page reloads itself in a few seconds, or you can try again now.",
  retry: "Try again now",
};

const render = (request: NextRequest) =>
  NextResponse.next({ request: { headers: request.headers } });

/**
 * next-auth's routes, without a callback URL that would make them answer 500: a broken cookie is
 * left out of the request; a broken query parameter sends the browser to the same address without
 * it (a rewrite would keep it: Next merges the original query into a rewrite's).
 */
function renderAuth(request: NextRequest) {
  const repaired = withoutBrokenCallbackUrls(request.url, request.headers.get("cookie"));
  if (!repaired) return render(request);
  if (repaired.url !== request.url) return NextResponse.redirect(repaired.url, 307);
  if (repaired.cookie === null) request.headers.delete("cookie");
  else request.headers.set("cookie", repaired.cookie);
  return render(request);
}

// Every admin page needs a session; sign-in, the API routes (which check their own) and the icon
// do not.
const OPEN = /^\/(login|api\/auth|api\/trpc|favicon\.ico|icon\.svg)(\/|$)/;
const AUTH = /^\/api\/auth(\/|$)/;

// A page learns its own URL, to be sent back to if the database becomes unavailable while it renders.
const requireSession = withAuth(
  (request) => NextResponse.next({ request: { headers: withPageUrl(request) } }),
  {
    secret: env.AUTH_SECRET,
    pages: { signIn: "/login" },
    cookies: { sessionToken: { name: sessionCookieName(env.ADMIN_URL) } },
  },
);

/** A page that needs a session, or the "temporarily unavailable" answer when a render sent it back. */
async function sessionPage(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  return (
    (await databaseUnavailablePage(request, UNAVAILABLE)) ??
    (await requireSession(request as NextRequestWithAuth, event)) ??
    render(request)
  );
}

/**
 * Next 16's proxy (formerly middleware): gives every response a fresh Content-Security-Policy nonce,
 * which Next puts on the page's scripts, sends anyone without a session to the sign-in page, and
 * answers pages sent back while the database is unavailable (see @kz/api/availability).
 */
export default function proxy(request: NextRequest, event: NextFetchEvent) {
  // When both apps share a host (localhost:3000 and :3001 under npm start), the admin receives the
  // public site's draft-mode cookie, and Next clears one that is not its own build's on every
  // render, ending an editor's preview. The admin never uses draft mode: its renders do not see it.
  // Only when sent, and no empty Cookie header left behind: a program's Bearer request must still
  // carry no cookie at all (security/cross-site.ts).
  if (request.cookies.has(DRAFT_MODE_COOKIE)) {
    request.cookies.delete(DRAFT_MODE_COOKIE);
    if (!request.headers.get("cookie")) request.headers.delete("cookie");
  }
  return withPagePolicy(
    request,
    { development: env.NODE_ENV === "development", https: env.ADMIN_URL.startsWith("https:") },
    () =>
      AUTH.test(request.nextUrl.pathname)
        ? renderAuth(request)
        : OPEN.test(request.nextUrl.pathname)
          ? render(request)
          : sessionPage(request, event),
  );
}

export const config = {
  // Every response but Next's build output (scripts, styles, fonts), which no browser runs as a
  // document.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
