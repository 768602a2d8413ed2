import {
  apiLimitsOf,
  authenticateWithLimit,
  authenticateWithPasskey,
  endSession,
  userForSession,
  type CurrentUser,
  type LimitedLoginResult,
  type LoginResult,
} from "@kz/api";
import { relyingPartyOf, twoFactorPolicyOf } from "@kz/api/auth-config";
import { isServiceUnavailable } from "@kz/api/availability";
import { sameOriginPath } from "@kz/api/security";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { env } from "../env";
import { clientIp } from "./client-ip";
import { db } from "./db";
import { authCookieOptions, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

const header = (headers: Record<string, unknown> | undefined, name: string) => {
  const value = headers?.[name];
  return typeof value === "string" ? value : null;
};

/** Who must sign in with a second factor (REQUIRE_2FA_ROLES, REQUIRE_2FA_GRACE_SIGN_INS). */
export const twoFactorPolicy = twoFactorPolicyOf(env);

/**
 * The admin as WebAuthn relying party: passkeys answer ADMIN_URL's host and origin only. Read per
 * request: `next build` loads this module with the env unvalidated (SKIP_ENV_VALIDATION).
 */
export const relyingParty = () => relyingPartyOf(env.ADMIN_URL);

/** next-auth hands a thrown message to the browser: a reason, never the database's text. */
const reasonOf = (error: unknown): never => {
  throw isServiceUnavailable(error) ? new Error("unavailable") : error;
};

/** next-auth's user for a sign-in that succeeded; a refused one's reason goes to the login form. */
function signedIn(result: LoginResult | LimitedLoginResult) {
  if (!result.ok) throw new Error(result.reason);
  return {
    id: result.user.id,
    email: result.user.email,
    name: result.user.name,
    sessionId: result.sessionId,
  };
}

/** The claims the admin keeps in its session JWT besides next-auth's own. */
interface SessionClaims {
  userId?: string;
  /** When the session signed in (ms): bounds it to 8 h absolutely. */
  authTime?: number;
  /** The server-side session row (UserSession): every request checks it. */
  sessionId?: string;
}

/** A browser's WebAuthn answer as sent in a form field; anything unreadable is no answer. */
function parseJson(value: string | undefined): unknown {
  if (!value) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

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
        code: { label: "Authentication code", type: "text" },
        // Or a passkey as the second step: the browser's assertion, as JSON.
        passkey: { label: "Passkey", type: "text" },
      },
      async authorize(credentials, req) {
        const result = await authenticateWithLimit(
          db,
          { email: credentials?.email ?? "", password: credentials?.password ?? "" },
          clientIp(header(req?.headers, "x-forwarded-for")),
          apiLimitsOf(env),
          new Date(),
          {
            code: credentials?.code || null,
            passkey: parseJson(credentials?.passkey),
            relyingParty: relyingParty(),
            userAgent: header(req?.headers, "user-agent"),
            policy: twoFactorPolicy,
          },
        ).catch(reasonOf);
        // The login form maps the reason (invalid, second_factor, bad_code, rate_limited,
        // unavailable) to a message or to the code step.
        return signedIn(result);
      },
    }),
    // "Sign in with a passkey": a discoverable passkey stands for both factors. Its challenge came
    // from /login/passkey-options, which counts it against the sign-in limits.
    CredentialsProvider({
      id: "passkey",
      name: "Passkey",
      credentials: { response: { label: "Passkey", type: "text" } },
      async authorize(credentials, req) {
        const result = await authenticateWithPasskey(
          db,
          parseJson(credentials?.response),
          clientIp(header(req?.headers, "x-forwarded-for")),
          relyingParty(),
          new Date(),
          { userAgent: header(req?.headers, "user-agent") },
        ).catch(reasonOf);
        return signedIn(result);
      },
    }),
  ],
  events: {
    // Signing out ends the server-side session: a copy of the cookie stops working too.
    async signOut({ token }) {
      const sessionId = (token as SessionClaims | null)?.sessionId;
      if (typeof sessionId === "string") await endSession(db, sessionId, "signed-out");
    },
  },
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
        token.sessionId = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    // The session row's id is no secret: without AUTH_SECRET no one can put it in a cookie.
    session({ session, token }) {
      return {
        ...session,
        userId: token.sub,
        authTime: token.authTime,
        sessionId: token.sessionId,
      } as typeof session;
    },
  },
};

/** The session cookie's claims, if it is within the absolute 8 h bound. */
async function readSession(): Promise<Required<SessionClaims> | null> {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  if (!session?.userId || typeof session.authTime !== "number") return null;
  if (typeof session.sessionId !== "string") return null;
  if (Date.now() - session.authTime > SESSION_MAX_AGE_SECONDS * 1000) return null;
  return { userId: session.userId, authTime: session.authTime, sessionId: session.sessionId };
}

/**
 * The signed-in user for this request, re-checked against the database on every request: the
 * session row (signed out, ended from another device or by an admin), deactivation, password
 * change; marked `heldAtEnrolment` when the two-factor policy holds them.
 */
export async function getUser(): Promise<CurrentUser | null> {
  const session = await readSession();
  if (!session) return null;
  return userForSession(
    db,
    { userId: session.userId, sessionId: session.sessionId, authenticatedAt: session.authTime },
    twoFactorPolicy,
  );
}

/** When this request's session signed in (what was made before it, another session made). */
export async function getSignedInAt(): Promise<Date | null> {
  const session = await readSession();
  return session ? new Date(session.authTime) : null;
}
