/**
 * Next's draft-mode cookie, which it does not export. The public site sets it when an editor opens
 * a preview; the admin never uses draft mode.
 */
export const DRAFT_MODE_COOKIE = "__prerender_bypass";
