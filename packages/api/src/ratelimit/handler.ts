import type { Db } from "@kz/db";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler, type FetchCreateContextFnOptions } from "@trpc/server/adapters/fetch";

import { asServiceUnavailable } from "../availability/service-unavailable";
import type { Context } from "../context";
import { AppError } from "../errors";
import { appRouter } from "../root";
import { crossSiteRefusal } from "../security/cross-site";
import { bodyLimitOf, readBodyWithin } from "./body-limit";
import { apiBuckets, type Caller, type CallWeight } from "./buckets";
import { clientIp, rateLimitAddress } from "./client-ip";
import type { ApiLimits } from "./config";
import { envelopeError } from "./envelope";
import { rateLimitHeaders, refusalMessage, refusingDecision } from "./headers";
import { consumeAll } from "./limiter";

export const TRPC_ENDPOINT = "/api/trpc";

/** Who sent a request, as the app's route decides: its own context, and what it counts against. */
export interface Identified {
  caller: Caller;
  /** Null: refuse the request with UNAUTHORIZED once it has been counted (a bad token). */
  context: Context | null;
  /** Why a request without a context is refused, when the reason is not a bad token. */
  refusal?: string;
}

/** The public site's refusal of a request carrying a token, which only the admin's API reads. */
export function tokenSentToPublicSite(adminUrl: string | undefined): string {
  const where = adminUrl
    ? `${adminUrl.replace(/\/+$/, "")}${TRPC_ENDPOINT}`
    : `the admin's ${TRPC_ENDPOINT}`;
  return `API tokens work only on the admin's API (${where}). This is the public site's API, which serves published records to anyone without a token: send the token there, or leave out the Authorization header here.`;
}

export interface ApiHandlerOptions {
  db: Db;
  limits: ApiLimits;
  /** Reads the caller from the request (token, session or nobody) and builds its context. */
  identify(req: Request, ip: string | null): Promise<Identified>;
  /**
   * The app's own origins, for an app whose callers hold a cookie session: mutations another site
   * makes the browser send are then refused (FORBIDDEN) before anything is counted or read.
   */
  ownOrigins?: readonly string[];
  /**
   * Answers carry drafts, accounts and tokens: `Cache-Control: no-store`, so no browser or proxy
   * keeps a copy (the admin's API).
   */
  noStore?: boolean;
}

/** The same request with no body (its body was too large to read). */
function withoutBody(req: Request): Request {
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  return new Request(req.url, { method: req.method, headers });
}

/** A 429 whose data carries retryAfterSeconds (and whose response carries Retry-After). */
export function tooManyRequests(retryAfterSeconds: number, message: string): TRPCError {
  return new TRPCError({
    code: "TOO_MANY_REQUESTS",
    message,
    cause: new AppError("TOO_MANY_REQUESTS", message, { retryAfterSeconds }),
  });
}

/**
 * The `/api/trpc` route handler of both apps: cross-site mutations refused (with `ownOrigins`),
 * bodies over 1 MB refused before the caller is identified (unless every call's procedure declares
 * more, see body-limit.ts), batch size capped, every call counted against the caller's rate limits
 * (buckets.ts; a batch with a search counts against the search bucket) in Postgres before any
 * procedure runs, `Retry-After` on 429 and on 503 (the database is unavailable), and internal
 * errors logged here while the response says only "Internal server error".
 *
 * Paths: Next redirects `/api/trpc/event.list/` (308) to `/api/trpc/event.list` (and tRPC would
 * trim the slash anyway); Next routes paths case-sensitively, so `/API/TRPC/…` never reaches this
 * handler. Whatever the path says, the count is per call: a misspelt or unknown procedure costs a
 * point like any other. An input outside superjson's envelope is refused before anything is
 * counted (envelope.ts).
 */
export function createApiHandler(options: ApiHandlerOptions): (req: Request) => Promise<Response> {
  const { db, limits } = options;
  async function createContext({
    req,
    info,
    resHeaders,
  }: FetchCreateContextFnOptions): Promise<Context> {
    const refusal = options.ownOrigins && crossSiteRefusal(req, options.ownOrigins);
    if (refusal) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
    const calls = info.calls.length;
    if (calls > limits.maxBatch) {
      throw new TRPCError({
        code: "PAYLOAD_TOO_LARGE",
        message: `A batch may hold at most ${limits.maxBatch} calls; this one has ${calls}. Send them in smaller batches.`,
      });
    }
    const forwardedFor = req.headers.get("x-forwarded-for");
    const ip = clientIp(forwardedFor, limits.trustProxy);
    const { caller, context, refusal: identityRefusal } = await options.identify(req, ip);
    const weight: CallWeight = info.calls.some((c) => c.path.startsWith("search."))
      ? "search"
      : "read";
    const buckets = apiBuckets(caller, rateLimitAddress(forwardedFor), limits, weight);
    const { allowed, decisions } = await consumeAll(db, buckets, calls);
    for (const [name, value] of Object.entries(rateLimitHeaders(decisions))) {
      resHeaders.set(name, value);
    }
    const refused = allowed ? undefined : refusingDecision(decisions);
    if (refused) throw tooManyRequests(refused.retryAfterSeconds, refusalMessage(refused));
    if (!context) {
      throw new TRPCError({
        code: "UNAUTHORIZED",
        message: identityRefusal ?? "Invalid, expired or revoked API token",
      });
    }
    return context;
  }

  return async (original) => {
    const limit = bodyLimitOf(original.url, TRPC_ENDPOINT);
    const body = await readBodyWithin(original, limit);
    const read =
      body instanceof TRPCError
        ? body
        : (envelopeError(body.url, body.body ? await body.clone().text() : null) ?? body);
    const req = read instanceof TRPCError ? null : read;
    return fetchRequestHandler({
      endpoint: TRPC_ENDPOINT,
      // Unreadable or too large: the request without its body, answered with the error at once.
      req: req ?? withoutBody(original),
      router: appRouter,
      createContext: (opts) =>
        read instanceof TRPCError
          ? Promise.reject(read)
          : // Identifying the caller and counting the call both read the database.
            createContext(opts).catch((error: unknown) => {
              throw asServiceUnavailable(error) ?? error;
            }),
      responseMeta({ errors }) {
        const headers = new Headers();
        if (options.noStore) headers.set("Cache-Control", "no-store");
        const retryAfter = errors
          .map((e) => (e.cause instanceof AppError ? e.cause.details.retryAfterSeconds : undefined))
          .find((s) => s !== undefined);
        if (retryAfter !== undefined) headers.set("Retry-After", String(retryAfter));
        return { headers };
      },
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") {
          console.error(`[api] ${path ?? "(no path)"} failed:`, error.cause ?? error);
        }
      },
    });
  };
}
