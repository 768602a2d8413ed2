import type { NextAuthOptions } from "next-auth";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
// Its own cookie name: browsers share cookies across ports on localhost with the public site.
export const SESSION_COOKIE = "kz-admin.session-token";

/**
 * next-auth's cookies for an admin served at `adminUrl`: the session cookie under its own name,
 * never readable by scripts, sent only with same-site requests and top-level navigations
 * (SameSite=Lax), and Secure over https. The same URL decides for next-auth's other cookies (CSRF
 * token, callback URL), which it would otherwise decide from NEXTAUTH_URL. Undefined while
 * `next build` evaluates the auth module without validated env.
 */
export function authCookieOptions(
  adminUrl: string | undefined,
): Pick<NextAuthOptions, "useSecureCookies" | "cookies"> {
  const secure = adminUrl?.startsWith("https://") ?? false;
  return {
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: SESSION_COOKIE,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
  };
}
