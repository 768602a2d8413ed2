import { withPagePolicy } from "@kz/api/security";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";

import { env } from "./env";
import { SESSION_COOKIE } from "./server/session-cookie";

const render = (request: NextRequest) =>
  NextResponse.next({ request: { headers: request.headers } });

// Every admin page needs a session; sign-in, the API routes (which check their own) and the icon
// do not.
const OPEN = /^\/(login|api\/auth|api\/trpc|favicon\.ico|icon\.svg)(\/|$)/;

const requireSession = withAuth(render, {
  secret: env.AUTH_SECRET,
  pages: { signIn: "/login" },
  cookies: { sessionToken: { name: SESSION_COOKIE } },
});

/**
 * Next 16's proxy (formerly middleware): gives every response a fresh Content-Security-Policy nonce,
 * which Next puts on the page's scripts, and sends anyone without a session to the sign-in page.
 */
export default function proxy(request: NextRequest, event: NextFetchEvent) {
  return withPagePolicy(
    request,
    { development: env.NODE_ENV === "development", https: env.ADMIN_URL.startsWith("https:") },
    async () =>
      OPEN.test(request.nextUrl.pathname)
        ? render(request)
        : ((await requireSession(request as NextRequestWithAuth, event)) ?? render(request)),
  );
}

export const config = {
  // Every response but Next's build output (scripts, styles, fonts), which no browser runs as a
  // document.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
