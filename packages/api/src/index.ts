export { appRouter, createCaller, type AppRouter } from "./root";
export { createContext, type Context } from "./context";
export { type CurrentUser, hasRole } from "./current-user";
export { AppError, type AppErrorCode } from "./errors";
export * from "./schemas";
export {
  authenticate,
  userForSession,
  MAX_FAILED_LOGINS,
  LOCKOUT_MINUTES,
  type LoginResult,
  type SignInOptions,
} from "./auth/login.service";
export { endSession, SESSION_LIFETIME_MS } from "./auth/sessions";
export { twoFactorStatus } from "./auth/two-factor.service";
export { credentialsInput, type CredentialsInput } from "./auth/auth.schema";
export { writeAudit } from "./audit/audit.service";
export { auditActor, type RequestOrigin } from "./audit/audit.service";
export {
  authenticateToken,
  pendingTokenNotices,
  type TokenAuthentication,
} from "./token/token.service";
export { pendingSignInNotice } from "./auth/sign-in-notice";
export { accountNotices } from "./auth/account-notices";
export { reviewInbox } from "./workflow/review-inbox";
export { authenticateWithPasskey } from "./auth/login.service";
export { beginPasskeyAuthentication } from "./auth/passkeys";
export { identifyCaller, type IdentifyCallerOptions } from "./auth/identify-caller";
export { effectiveUser, canReadDrafts, TOKEN_SCOPES, type TokenScope } from "./token/scopes";
export { publishDue, type PublishDueReport } from "./workflow/publish-due";
export { checkSourceUrls, type SourceCheckReport } from "./source/source-health.service";
export { publicRecordPaths, translatedRecordPaths } from "./collections/record-paths";
export { verifyPreviewToken, PREVIEW_TTL_MS, type PreviewClaims } from "./preview/preview.token";
export { siteRevalidator } from "./cache/site-revalidator";
export {
  createApiHandler,
  tokenSentToPublicSite,
  tooManyRequests,
  TRPC_ENDPOINT,
  type Identified,
} from "./ratelimit/handler";
export { clientIp } from "./ratelimit/client-ip";
export { type Caller } from "./ratelimit/buckets";
export {
  authenticateWithLimit,
  spendSignInAttempt,
  type LimitedLoginResult,
} from "./ratelimit/login";
export { apiLimitsOf, defaultApiLimits, type ApiLimits } from "./ratelimit/config";
export { renderApiDocs, catalogProblems } from "./docs/render";
