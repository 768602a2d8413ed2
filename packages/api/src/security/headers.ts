/**
 * The HTTP security headers both apps send, written once: a per-request Content-Security-Policy for
 * everything the proxies see, and fixed headers for every response (next.config.ts `headers()`).
 */

export const CSP_HEADER = "Content-Security-Policy";

export interface PagePolicyOptions {
  /** Fresh for every response (see newNonce): only scripts carrying it may run. */
  nonce: string;
  /** React's development build evaluates code to rebuild server error stacks; never in production. */
  development: boolean;
  /** The app is served over https: any stray http: subresource is upgraded instead of loaded. */
  https: boolean;
}

/** 16 random bytes in base64: unguessable, and a valid CSP nonce-source. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of a page (and of every other response the proxy sees, where it costs nothing).
 *
 * - Scripts: only those with this response's nonce, which Next puts on its own scripts when it finds
 *   the nonce in the request's policy; `'strict-dynamic'` lets those load the app's chunks. Inline
 *   handlers, `javascript:` URLs and injected `<script>` never run. `'self'` only serves browsers
 *   without CSP 3, which ignore `'strict-dynamic'`.
 * - Style elements need the nonce too. Style *attributes* stay allowed (`style-src-attr`): React
 *   renders `style={…}` as attributes, and so does Markdown for a table column's alignment. An
 *   attribute cannot load or run anything under `img-src`/`font-src` 'self', and editors' markdown
 *   cannot write one (raw HTML is dropped).
 * - Images: the site's own only (the icon); maps and charts are inline SVG, and no stylesheet inlines
 *   a `data:` image.
 * - Requests (`fetch`, tRPC): the site itself. Nothing may embed the app (`frame-ancestors`), and a
 *   form can only post back to it.
 */
export function pageSecurityPolicy({ nonce, development, https }: PagePolicyOptions): string {
  const directives: string[][] = [
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // Next's development overlay injects style elements without the nonce.
    ["style-src", "'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(https ? [["upgrade-insecure-requests"]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Browser features the apps never use, denied to them and to anything they might embed. */
const DENIED_FEATURES = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** Features the admin's own pages use (passkeys), and nothing they might embed. */
const SELF_ONLY_FEATURES = ["publickey-credentials-create", "publickey-credentials-get"];

/**
 * Headers for every response, whatever it is (page, API, CSV, static file, 404): no MIME sniffing,
 * no full URL in the Referer sent to other sites, no powerful features, and no framing for browsers
 * that predate `frame-ancestors`.
 */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": [
    ...DENIED_FEATURES.map((feature) => `${feature}=()`),
    ...SELF_ONLY_FEATURES.map((feature) => `${feature}=(self)`),
  ].join(", "),
  "X-Frame-Options": "DENY",
};

/** STATIC_SECURITY_HEADERS as a next.config.ts `headers()` rule for every path. */
export function staticSecurityHeaderRules() {
  return [
    {
      source: "/:path*",
      headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
    },
  ];
}

/**
 * For an app served over https: browsers that have seen it once use https only for a year, so a
 * network attacker cannot strip a later visit down to http (where the Secure session cookie would
 * not go, but a login form could be faked). No `includeSubDomains`: the app's URL says nothing
 * about its parent domain's other hosts. A TLS-terminating proxy in front may send it instead
 * (deploy/nginx/site.conf).
 */
export const HSTS_HEADER = ["Strict-Transport-Security", "max-age=31536000"] as const;

/**
 * The policy of an answer that is data, never a page (REST's JSON): nothing in it may load or run,
 * and nothing may frame it. Fixed, so a route that answers only data can set it itself and be left
 * out of the proxy, whose nonce would protect no script there (apps/web: /api/v1, read at high rates).
 */
export const DATA_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** DATA_SECURITY_POLICY on a data answer, and HSTS over https, as withPagePolicy gives pages. */
export function withDataPolicy<R extends Response>(response: R, options: { https: boolean }): R {
  response.headers.set(CSP_HEADER, DATA_SECURITY_POLICY);
  if (options.https) response.headers.set(...HSTS_HEADER);
  return response;
}

/**
 * Runs a proxy's `respond` under a fresh page policy: the policy goes on the request first, where
 * Next finds the nonce while rendering (the proxy must forward `request.headers` to the render),
 * then on the response, where the browser enforces it. Over https the response also gets HSTS.
 */
export async function withPagePolicy<R extends Response>(
  request: Request,
  options: Omit<PagePolicyOptions, "nonce">,
  respond: () => R | Promise<R>,
): Promise<R> {
  const policy = pageSecurityPolicy({ ...options, nonce: newNonce() });
  request.headers.set(CSP_HEADER, policy);
  const response = await respond();
  response.headers.set(CSP_HEADER, policy);
  if (options.https) response.headers.set(...HSTS_HEADER);
  return response;
}
