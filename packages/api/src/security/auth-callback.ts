/**
 * next-auth (v4) answers 500 to any request whose callback URL does not parse as http(s): one in the
 * `callbackUrl` query parameter, or in its callback-url cookie. Another site on the same host or a
 * sibling subdomain can plant such a cookie and so break sign-in for that browser. The admin's proxy
 * drops both before next-auth reads them; next-auth then falls back to the admin's own address.
 */
const CALLBACK_COOKIES = new Set([
  "next-auth.callback-url",
  "__Secure-next-auth.callback-url",
  "__Host-next-auth.callback-url",
]);

/** next-auth's own test: an absolute http(s) URL, or a path. */
function isUsableCallbackUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * The request's Cookie header and URL without a callback URL next-auth would choke on, or null when
 * both are fine as they are.
 */
export function withoutBrokenCallbackUrls(
  url: string,
  cookieHeader: string | null,
): { url: string; cookie: string | null } | null {
  const target = new URL(url);
  let changed = false;
  const query = target.searchParams.get("callbackUrl");
  if (query !== null && !isUsableCallbackUrl(query, target.origin)) {
    target.searchParams.delete("callbackUrl");
    changed = true;
  }
  let cookie = cookieHeader;
  if (cookieHeader) {
    const kept = cookieHeader.split(/;\s*/).filter((pair) => {
      const at = pair.indexOf("=");
      const name = at < 0 ? pair : pair.slice(0, at);
      if (!CALLBACK_COOKIES.has(name.trim())) return true;
      const value = decoded(pair.slice(at + 1));
      return value !== null && isUsableCallbackUrl(value, target.origin);
    });
    if (kept.length !== cookieHeader.split(/;\s*/).length) {
      cookie = kept.length ? kept.join("; ") : null;
      changed = true;
    }
  }
  return changed ? { url: target.href, cookie } : null;
}
