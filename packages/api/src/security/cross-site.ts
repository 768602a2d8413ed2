/**
 * Cross-site request forgery: a page on another site making the browser send a state-changing
 * request with the admin's cookie. Browsers say where a request comes from (`Origin` on every POST,
 * `Sec-Fetch-Site` in current browsers); a request that says "another site" is refused before it is
 * read. Programs calling the API with a Bearer token and no cookie carry no ambient credentials, so
 * they are not a forgery risk and may send whatever headers they like.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const CROSS_SITE_MESSAGE =
  "Refused: this request came from another site. Make the change from the admin itself; programs authenticate with an API token (Authorization: Bearer) instead of a browser session.";

function isProgram(req: Request): boolean {
  return /^bearer\s/i.test(req.headers.get("authorization") ?? "") && !req.headers.has("cookie");
}

/**
 * CROSS_SITE_MESSAGE when `req` changes state on behalf of another site, else null. `ownOrigins` are
 * the app's configured public origins (e.g. ADMIN_URL). An Origin naming the host the browser
 * addressed (`Host`) is accepted too, so the same server reached as localhost or 127.0.0.1 works: a
 * forged request from another site cannot choose the Host its browser sends, and a page that makes
 * its own name point at this server (DNS rebinding) gets no cookies of this app. `Origin: null`
 * (sandboxed frames, privacy redirects) is refused: it cannot prove where it came from.
 */
export function crossSiteRefusal(req: Request, ownOrigins: readonly string[]): string | null {
  if (SAFE_METHODS.has(req.method.toUpperCase()) || isProgram(req)) return null;
  if (req.headers.get("sec-fetch-site") === "cross-site") return CROSS_SITE_MESSAGE;
  const origin = req.headers.get("origin");
  if (origin === null) return null;
  if (ownOrigins.some((url) => new URL(url).origin === origin)) return null;
  return URL.canParse(origin) && new URL(origin).host === req.headers.get("host")
    ? null
    : CROSS_SITE_MESSAGE;
}

/** A route handler that answers 403 to cross-site state changes and passes the rest to `handler`. */
export function refuseCrossSite<Args extends unknown[]>(
  handler: (req: Request, ...rest: Args) => Response | Promise<Response>,
  ownOrigins: readonly string[],
): (req: Request, ...rest: Args) => Promise<Response> {
  return async (req, ...rest) => {
    const refusal = crossSiteRefusal(req, ownOrigins);
    return refusal
      ? Response.json({ error: { code: "FORBIDDEN", message: refusal } }, { status: 403 })
      : handler(req, ...rest);
  };
}
