/**
 * Typed application errors. Services throw these; the tRPC errorFormatter maps them to
 * tRPC codes once, so no caller ever matches on message strings.
 */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "SERVICE_UNAVAILABLE";

export interface AppErrorDetails {
  fieldErrors?: Record<string, string[]>;
  currentVersion?: number;
  retryAfterSeconds?: number;
  /** Publishing refused: the linked records nobody has published yet (publish them together). */
  unpublishedLinks?: { entityType: string; id: string; title: string }[];
  /** A sensitive action refused until the session proves its password or a second factor again. */
  reauthRequired?: true;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: AppErrorDetails;

  constructor(code: AppErrorCode, message: string, details: AppErrorDetails = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);

/** Seconds a client should wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// A write that fails this way may still have committed (the connection can drop between the
// commit and its answer), hence the advice to check before repeating it.
export const DATABASE_UNAVAILABLE_MESSAGE = `The database is temporarily unavailable (restarting or unreachable). Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds; if this was a write, check whether it was saved before repeating it.`;

/** A 503 for a call that failed because the database could not serve it. */
export class DatabaseUnavailableError extends AppError {
  constructor() {
    super("SERVICE_UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, {
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    });
    this.name = "DatabaseUnavailableError";
  }
}
