import { refuseCrossSite } from "@kz/api/security";
import NextAuth from "next-auth";

import { env } from "../../../../env";
import { authOptions } from "../../../../server/auth";

// next-auth checks its own CSRF token on sign-in and sign-out; another site's POST is refused
// before that, as on the API.
const handler = refuseCrossSite(NextAuth(authOptions), [env.ADMIN_URL]);

export { handler as GET, handler as POST };
