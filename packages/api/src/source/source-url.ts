// Source addresses: comparing them, and what counts as a web-archive copy. Client-safe: no imports.

/** Hosts of the web archives whose copies the record accepts: archive.org, archive.today, perma.cc. */
const ARCHIVE_HOSTS = [
  "web.archive.org",
  "archive.org",
  "archive.today",
  "archive.ph",
  "archive.is",
  "archive.li",
  "archive.vn",
  "archive.md",
  "archive.fo",
  "perma.cc",
];

/** A copy in one of those archives, over http(s), pointing at something (not the archive's home). */
export function isArchiveCopy(value: string): boolean {
  try {
    const url = new URL(value);
    const host = url.hostname.toLowerCase();
    return (
      (url.protocol === "https:" || url.protocol === "http:") &&
      ARCHIVE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) &&
      url.pathname.replace(/\/+$/, "") !== ""
    );
  } catch {
    return false;
  }
}

/** Query parameters that only track where a reader came from. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The same document's address written two ways compares equal: http and https, "www.", letter case
 * of the host, a default port, a trailing slash, the fragment, tracking parameters and their order.
 * Returns null for anything that is not an http(s) address.
 */
export function normaliseUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const params = [...url.searchParams]
    .filter(([key]) => !TRACKING.test(key))
    .sort(([a, av], [b, bv]) => a.localeCompare(b) || av.localeCompare(bv));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const path = url.pathname.replace(/\/+$/, "");
  const port = url.port && url.port !== "80" && url.port !== "443" ? `:${url.port}` : "";
  return `${host}${port}${path}${query}`;
}

/** Where the Wayback Machine lists its copies of an address. */
export const waybackLookupUrl = (url: string) => `https://web.archive.org/web/*/${url}`;
