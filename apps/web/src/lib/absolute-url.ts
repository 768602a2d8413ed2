/** A site path as an absolute URL on `base` (PUBLIC_SITE_URL, with or without a trailing slash). */
export function absoluteUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}
