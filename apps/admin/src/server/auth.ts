import { userForSession, apiLimitsOf, authenticateWithLimit, type CurrentUser } from "@kz/api";
import { isServiceUnavailable } from "@kz/api/availability";
import { sameOriginPath } from "@kz/api/security";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { env } from "../env";
import { clientIp } from "./client-ip";
import { db } from "./db";
import { authCookieOptions, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

const forwardedFor = (headers: Record<string, unknown> | undefined) => {
  const value = headers?.["x-forwarded-for"];
  return typeof value === "string" ? value : null;
};

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  ...authCookieOptions(env.ADMIN_URL),
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const result = await authenticateWithLimit(
          db,
          { email: credentials?.email ?? "", password: credentials?.password ?? "" },
          clientIp(forwardedFor(req?.headers)),
          apiLimitsOf(env),
        ).catch((error: unknown) => {
          // next-auth hands the thrown message to the browser: a reason, never the database's text.
          throw isServiceUnavailable(error) ? new Error("unavailable") : error;
        });
        // The login form maps the reason (invalid, locked, inactive, rate_limited, unavailable) to a
        // message.
        if (!result.ok) throw new Error(result.reason);
        return { id: result.user.id, email: result.user.email, name: result.user.name };
      },
    }),
  ],
  callbacks: {
    // The same rule as the login form: only a place on the admin itself, and never an exception (a
    // malformed callbackUrl used to answer 500).
    redirect({ url, baseUrl }) {
      return `${baseUrl}${sameOriginPath(url, baseUrl)}`;
    },
    // next-auth re-issues the JWT (new iat) whenever the session is read, so the moment of sign-in is
    // kept separately: it bounds the session to 8 h absolutely and lets a password change or a
    // deactivation end every session signed in before it.
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.authTime = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, authTime: token.authTime };
    },
  },
};

/** The session cookie's user and moment of sign-in, if it is within the absolute 8 h bound. */
async function readSession(): Promise<{ userId: string; authTime: number } | null> {
  const session = (await getServerSession(authOptions)) as {
    userId?: string;
    authTime?: number;
  } | null;
  if (!session?.userId || typeof session.authTime !== "number") return null;
  if (Date.now() - session.authTime > SESSION_MAX_AGE_SECONDS * 1000) return null;
  return { userId: session.userId, authTime: session.authTime };
}

/** The signed-in user for this request, re-checked against the database (deactivation, password change). */
export async function getUser(): Promise<CurrentUser | null> {
  const session = await readSession();
  if (!session) return null;
  return userForSession(db, { userId: session.userId, authenticatedAt: session.authTime });
}

/** When this request's session signed in (what was made before it, another session made). */
export async function getSignedInAt(): Promise<Date | null> {
  const session = await readSession();
  return session ? new Date(session.authTime) : null;
}
