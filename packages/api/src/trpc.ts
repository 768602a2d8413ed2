import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { type z, ZodError } from "zod";

import { hasRole } from "./current-user";
import { assertRecentlyAuthenticated } from "./auth/reauth-check";
import { asServiceUnavailable } from "./availability/service-unavailable";
import type { Context } from "./context";
import { AppError, type AppErrorDetails } from "./errors";
import { unknownKeys, unknownKeysError } from "./shared/strict-input";
import { unstorableValueError } from "./shared/unstorable-value";
import type { ProcedureAccess } from "./security/access";

// Names a field may not have in an answer: superjson refuses to send `__proto__`, and a plain
// object would read the others from its prototype. Hostile input names unknown keys so.
const UNSAFE_FIELD_NAMES = new Set(["__proto__", "constructor", "prototype"]);

function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const issue of error.issues) {
    const key =
      issue.path
        .map((part) => (UNSAFE_FIELD_NAMES.has(String(part)) ? `[${String(part)}]` : String(part)))
        .join(".") || "_";
    fields.set(key, [...(fields.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(fields);
}

/**
 * A BAD_REQUEST's message, readable by a person and a log alike: "title: At most 300 characters;
 * year: …", never zod's JSON. Each field's messages are also in `data.fieldErrors`.
 */
export function readableInputMessage(error: ZodError): string {
  const SHOWN = 5;
  const lines = error.issues
    .slice(0, SHOWN)
    .map((issue) =>
      issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
    );
  const more = error.issues.length - SHOWN;
  return `Invalid input: ${lines.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}

/** What tRPC procedures may declare in `.meta()`. */
export interface ProcedureMeta {
  /**
   * Who may call it (security/access.ts). Set by the base procedures below and in
   * auth/session-only.ts and shared/draft-reader.ts, beside the middleware that enforces it.
   */
  access?: ProcedureAccess;
  /**
   * Answers a user the two-factor policy holds at enrolment (CurrentUser.heldAtEnrolment): setting
   * up a second factor, reading oneself, one's sessions. Every other procedure refuses them.
   */
  duringEnrolment?: boolean;
  /**
   * A sensitive action (tokens, roles, resets, purging, one's own second factors): refused with
   * `data.reauthRequired` when the session's last proof of its password or a second factor is
   * older than REAUTH_MAX_AGE_SECONDS (auth/reauth.ts); the admin asks and retries.
   */
  sensitive?: boolean;
  /** The largest request body this procedure accepts, when it needs more than the API's default. */
  maxBodyBytes?: number;
  /**
   * What the API reference says of it, declared where it is built; its schemas come from the
   * procedure itself (docs/catalog.ts).
   */
  docs?: ProcedureDocText;
}

export interface ProcedureDocText {
  /** One sentence. */
  summary: string;
  /** More detail, in markdown, when one sentence is not enough. */
  details?: string;
  /** The input of a call that works (public procedures: against the seeded record). */
  example?: unknown;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const details: AppErrorDetails =
        cause instanceof ZodError && error.code === "BAD_REQUEST"
          ? { fieldErrors: fieldErrorsOf(cause) }
          : cause instanceof AppError
            ? cause.details
            : {};
      // An unexpected error's message can quote SQL, file paths or data: the caller gets a generic
      // one (the route handler logs the real error).
      const internal = error.code === "INTERNAL_SERVER_ERROR" && !(cause instanceof AppError);
      const message = internal
        ? "Internal server error"
        : cause instanceof ZodError && error.code === "BAD_REQUEST"
          ? readableInputMessage(cause)
          : shape.message;
      return {
        ...shape,
        message,
        // Production responses never carry a stack trace.
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          ...details,
        },
      };
    },
  });

/**
 * Maps AppError thrown by services to the matching tRPC error, keeping it as the cause; so is a
 * value of the input that the database refused (a NUL character, a date out of range). A database
 * that could not serve the call becomes SERVICE_UNAVAILABLE (503) instead of a 500.
 */
const appErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const raised = result.error.cause;
  const cause = raised instanceof AppError ? raised : unstorableValueError(raised);
  if (cause) {
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  const unavailable = asServiceUnavailable(result.error);
  if (unavailable) throw unavailable;
  return result;
});

/** Each procedure's input schema by path, for strictInput; filled by root.ts from the app router. */
const procedureInputs = new Map<string, z.ZodType | undefined>();

/** Records every procedure's input schema (root.ts calls this once with the app router). */
export function registerProcedureInputs(procedures: Record<string, unknown>): void {
  for (const [path, procedure] of Object.entries(procedures)) {
    const def = (procedure as { _def: { inputs: z.ZodType[] } })._def;
    procedureInputs.set(path, def.inputs[0]);
  }
}

/**
 * Strict input for the public procedures (those whose access is still `public` when called): a
 * key the input schema does not declare is BAD_REQUEST naming it and the keys it takes, instead
 * of being dropped silently (a misspelt `limt`, or an input sent without superjson's envelope).
 * Applied here, before each procedure's own parsing, so every public read has it without a
 * `.strict()` on each schema (shared/strict-input.ts).
 */
const strictInput = t.middleware(async ({ meta, path, getRawInput, next }) => {
  if (meta?.access === "public" && procedureInputs.has(path)) {
    const found = unknownKeys(procedureInputs.get(path), await getRawInput());
    if (found.length) {
      const issues = unknownKeysError(found);
      const message = readableInputMessage(issues);
      // An AppError carries the field messages to the client: a ZodError built here reaches the
      // fetch handler's error formatter only as an "unknown cause" (it is not seen as an Error).
      const cause = new AppError("BAD_REQUEST", message, { fieldErrors: fieldErrorsOf(issues) });
      throw new TRPCError({ code: "BAD_REQUEST", message, cause });
    }
  }
  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure
  .meta({ access: "public" })
  .use(appErrors)
  .use(strictInput);

const requireRole = (minimum: "VIEWER" | "CONTRIBUTOR" | "EDITOR" | "ADMIN") =>
  t.middleware(({ ctx, next, type, meta }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
    if (ctx.user.heldAtEnrolment && !meta?.duringEnrolment) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message:
          "Set up two-factor sign-in first: your role requires it (Account → Two-factor sign-in)",
      });
    }
    if (!hasRole(ctx.user, minimum)) {
      // A token without `write` acts as a viewer (effectiveUser): for a change, say what it
      // lacks rather than name a role its owner may well have.
      const lacksWrite =
        type === "mutation" && ctx.scopes !== undefined && !ctx.scopes.includes("write");
      throw new TRPCError({
        code: "FORBIDDEN",
        message: lacksWrite
          ? `This token lacks the write scope, which every change needs (and its owner needs the ${minimum} role or higher): make a token with it on the admin's Tokens page`
          : `Requires the ${minimum} role or higher`,
      });
    }
    if (meta?.sensitive) assertRecentlyAuthenticated(ctx.user, ctx.reauthMaxAgeSeconds);
    return next({ ctx: { ...ctx, user: ctx.user } });
  });

export const viewerProcedure = publicProcedure
  .meta({ access: "viewer" })
  .use(requireRole("VIEWER"));
export const contributorProcedure = publicProcedure
  .meta({ access: "contributor" })
  .use(requireRole("CONTRIBUTOR"));
export const editorProcedure = publicProcedure
  .meta({ access: "editor" })
  .use(requireRole("EDITOR"));
export const adminProcedure = publicProcedure.meta({ access: "admin" }).use(requireRole("ADMIN"));
