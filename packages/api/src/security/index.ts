// Free of the database and tRPC, so the apps' proxies and next.config.ts can import it.
export {
  CSP_HEADER,
  DATA_SECURITY_POLICY,
  newNonce,
  pageSecurityPolicy,
  STATIC_SECURITY_HEADERS,
  staticSecurityHeaderRules,
  withDataPolicy,
  withPagePolicy,
  type PagePolicyOptions,
} from "./headers";
export { CROSS_SITE_MESSAGE, crossSiteRefusal, refuseCrossSite } from "./cross-site";
export { sameOriginPath } from "./redirect";
export { withoutBrokenCallbackUrls } from "./auth-callback";
export { DRAFT_MODE_COOKIE } from "./draft-mode-cookie";
export { COLLECTION_ACCESS, roleAtLeast, roleMayCall, TRANSLATION_ACCESS } from "./roles";
export type { ProcedureAccess } from "./access";
