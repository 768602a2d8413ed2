import { withAuth } from "next-auth/middleware";

import { env } from "./env";
import { SESSION_COOKIE } from "./server/session-cookie";

// Every admin page needs a session; the tRPC and auth routes check their own.
export default withAuth({
  secret: env.AUTH_SECRET,
  pages: { signIn: "/login" },
  cookies: { sessionToken: { name: SESSION_COOKIE } },
});

export const config = {
  matcher: ["/((?!login|api/auth|api/trpc|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
