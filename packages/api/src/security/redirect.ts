/**
 * Where to send a browser after sign-in. `callbackUrl` comes from the address bar, so anyone can
 * craft a sign-in link that would forward a freshly signed-in editor to a phishing page
 * (`//evil.example`, `/\evil.example`, `https://evil.example`). The browser's own URL parser decides
 * what the value means; only a place on `origin` itself is kept, as a path. One rule for the login
 * form and next-auth's redirect callback, and it never throws: anything unparseable is the home page.
 */
export function sameOriginPath(next: string | null | undefined, origin: string): string {
  if (!next) return "/";
  try {
    const base = new URL(origin);
    const target = new URL(next, base);
    if (target.origin !== base.origin) return "/";
    return `${target.pathname}${target.search}${target.hash}`;
  } catch {
    return "/";
  }
}
