export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
// Its own cookie name: browsers share cookies across ports on localhost with the public site.
export const SESSION_COOKIE = "kz-admin.session-token";
