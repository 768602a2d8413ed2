// HTTP for public reads (REST, the OpenAPI document, the /data downloads): any origin may read
// them (CORS), caches may keep them a short while, a weak ETag lets a client ask again for free
// (304), and HEAD answers the headers alone.
import { createHash } from "node:crypto";

/**
 * How long browsers and shared caches may keep an answer without asking again. API reads: a
 * minute (a mirror polling `changes` sees a publish within a minute plus its poll interval). The
 * downloads are whole-record files, costly to rebuild: five minutes. A conditional request after
 * that costs a 304 and no body.
 */
export const API_CACHE_CONTROL = "public, max-age=60, s-maxage=60";
export const DOWNLOAD_CACHE_CONTROL = "public, max-age=300, s-maxage=300";
/** Errors are not kept: a 503 or 429 must not outlive its cause. */
export const ERROR_CACHE_CONTROL = "no-store";

/** For every public read, errors included, so a browser app on another origin can read them. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Retry-After, RateLimit, RateLimit-Policy, X-RateLimit-Limit, X-RateLimit-Remaining, Content-Disposition",
};

/** The answer to a CORS preflight (a browser sending If-None-Match asks first). */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Content-Type",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** A weak validator of the body: equal bodies, equal tags (weak: the encoding may differ). */
export function weakEtag(body: string | Uint8Array): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** Whether If-None-Match names this tag (weak comparison, RFC 9110 §13.1.2), or is `*`. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/** A body ready to send again and again: encoded once, tagged once. */
export interface PreparedBody {
  bytes: Uint8Array;
  etag: string;
}

export function prepareBody(body: string | Uint8Array, version?: string): PreparedBody {
  return {
    bytes: typeof body === "string" ? new TextEncoder().encode(body) : body,
    etag: weakEtag(version ?? body),
  };
}

export interface CachedOptions {
  headers?: HeadersInit;
  cacheControl: string;
  status?: number;
  /**
   * What the ETag is made from, when not the body: a file stamped with the time it was made
   * (a download's `generatedAt`) has the same tag while its content is the same.
   */
  version?: string;
}

/**
 * A 200 with the body, CORS, Cache-Control and a weak ETag; 304 with no body when the request's
 * If-None-Match names the tag; the same headers and no body for HEAD.
 */
export function cachedResponse(
  req: Request,
  body: string | Uint8Array | PreparedBody,
  { headers, cacheControl, status = 200, version }: CachedOptions,
): Response {
  const { bytes, etag } =
    typeof body === "string" || body instanceof Uint8Array ? prepareBody(body, version) : body;
  const out = new Headers(headers);
  for (const [k, v] of Object.entries(CORS_HEADERS)) out.set(k, v);
  out.set("Cache-Control", cacheControl);
  out.set("ETag", etag);
  if (etagMatches(req.headers.get("if-none-match"), etag)) {
    // A 304 carries the validators and caching headers, not the entity's.
    out.delete("Content-Type");
    out.delete("Content-Disposition");
    return new Response(null, { status: 304, headers: out });
  }
  out.set("Content-Length", String(bytes.byteLength));
  return new Response(req.method === "HEAD" ? null : (bytes as BodyInit), { status, headers: out });
}
