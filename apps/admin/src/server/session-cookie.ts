import type { NextAuthOptions } from "next-auth";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

const isHttps = (adminUrl: string | undefined) => adminUrl?.startsWith("https://") ?? false;

/**
 * Its own name, since browsers share cookies across ports on localhost with the public site; over
 * https with the `__Host-` prefix, which the browser accepts only from this very origin, Secure,
 * for path / and without a Domain: no sibling subdomain or http page can plant or shadow it.
 */
export function sessionCookieName(adminUrl: string | undefined): string {
  return `${isHttps(adminUrl) ? "__Host-" : ""}kz-admin.session-token`;
}

/**
 * next-auth's cookies for an admin served at `adminUrl`: the session cookie under its own name,
 * never readable by scripts, sent only with same-site requests and top-level navigations
 * (SameSite=Lax), and Secure over https. The same URL decides for next-auth's other cookies: the
 * CSRF token (`__Host-` over https already) and the callback URL, moved from next-auth's
 * `__Secure-` name to `__Host-` so another host cannot plant one. Undefined while `next build`
 * evaluates the auth module without validated env.
 */
export function authCookieOptions(
  adminUrl: string | undefined,
): Pick<NextAuthOptions, "useSecureCookies" | "cookies"> {
  const secure = isHttps(adminUrl);
  const options = { httpOnly: true, sameSite: "lax", path: "/", secure } as const;
  return {
    useSecureCookies: secure,
    cookies: {
      sessionToken: { name: sessionCookieName(adminUrl), options },
      ...(secure
        ? {
            callbackUrl: {
              name: "__Host-next-auth.callback-url",
              options: { sameSite: "lax", path: "/", secure },
            },
          }
        : {}),
    },
  };
}
