export { appRouter, createCaller, type AppRouter } from "./root";
export { createContext, type Context } from "./context";
export { type Actor, hasRole } from "./actor";
export { AppError, type AppErrorCode } from "./errors";
export * from "./schemas";
export {
  authenticate,
  actorForSession,
  MAX_FAILED_LOGINS,
  LOCKOUT_MINUTES,
  type LoginResult,
} from "./auth/login.service";
export { credentialsInput, type CredentialsInput } from "./auth/auth.schema";
export { writeAudit } from "./audit/audit.service";
