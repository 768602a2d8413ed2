// `GET /api/v1/…`: the public reads as plain REST. The same procedures underneath (through the
// server-side caller, so validation, strict input, services and errors are the tRPC API's), plain
// JSON out (no superjson envelope; Dates become ISO strings), errors as
// `{ error: { code, message, fieldErrors? } }` with their HTTP status, rate-limited like the tRPC
// API (one call, one point; searches in their own bucket), and cacheable (http.ts). What costs the
// server little costs the caller little: an answer from the micro-cache is not counted, and a
// conditional read is counted only when it gets a body (a 304 is free).
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";

import { asServiceUnavailable } from "../availability/service-unavailable";
import type { Context } from "../context";
import { toJsonSchema } from "../docs/json-schema";
import { AppError } from "../errors";
import type { Identified } from "../ratelimit/handler";
import { apiBuckets, type CallWeight } from "../ratelimit/buckets";
import { clientIp, rateLimitAddress } from "../ratelimit/client-ip";
import type { ApiLimits } from "../ratelimit/config";
import {
  rateLimitHeaders,
  rateLimitPolicy,
  refusalMessage,
  refusingDecision,
} from "../ratelimit/headers";
import { consumeAll, peekAll } from "../ratelimit/limiter";
import { createCaller } from "../root";
import { readableInputMessage } from "../trpc";
import type { Db } from "@kz/db";
import {
  API_CACHE_CONTROL,
  cachedResponse,
  CORS_HEADERS,
  ERROR_CACHE_CONTROL,
  etagMatches,
  preflight,
  prepareBody,
  type PreparedBody,
} from "./http";
import { createInFlight, createMicroCache } from "./micro-cache";
import { inputFromQuery, QueryError } from "./query";
import { matchRoute, REST_BASE, REST_ROUTES, type RestRoute } from "./routes";

export const OPENAPI_PATH = "/api/openapi.json";

export interface RestError {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

export interface RestHandlerOptions {
  db: Db;
  limits: ApiLimits;
  /** Reads the caller from the request and builds its context (as for the tRPC API). */
  identify(req: Request, ip: string | null): Promise<Identified>;
  /** How long this process keeps an answer to serve again uncounted (default 1000; 0: never). */
  microCacheMs?: number;
}

const JSON_TYPE = "application/json; charset=utf-8";

export function restError(
  status: number,
  error: RestError,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ error }), {
    status,
    headers: {
      "Content-Type": JSON_TYPE,
      "Cache-Control": ERROR_CACHE_CONTROL,
      ...CORS_HEADERS,
      ...headers,
    },
  });
}

/** A procedure's error as REST: its code, readable message, field errors and HTTP status. */
export function restErrorOf(raised: unknown, headers: Record<string, string> = {}): Response {
  const error =
    asServiceUnavailable(raised) ??
    (raised instanceof TRPCError
      ? raised
      : new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: raised }));
  const cause = error.cause;
  const status = getHTTPStatusCodeFromError(error);
  const retryAfter = cause instanceof AppError ? cause.details.retryAfterSeconds : undefined;
  if (retryAfter !== undefined) headers = { ...headers, "Retry-After": String(retryAfter) };
  if (error.code === "INTERNAL_SERVER_ERROR" && !(cause instanceof AppError)) {
    console.error("[rest] failed:", cause ?? error);
    return restError(status, { code: error.code, message: "Internal server error" }, headers);
  }
  if (cause instanceof ZodError && error.code === "BAD_REQUEST") {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of cause.issues) {
      (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
    }
    return restError(
      status,
      { code: error.code, message: readableInputMessage(cause), fieldErrors },
      headers,
    );
  }
  const fieldErrors = cause instanceof AppError ? cause.details.fieldErrors : undefined;
  return restError(
    status,
    { code: error.code, message: error.message, ...(fieldErrors ? { fieldErrors } : {}) },
    headers,
  );
}

type Procedure = (input: unknown) => Promise<unknown>;

/** Calls a procedure by its dotted path through the server-side caller. */
export function callProcedure(context: Context, path: string, input: unknown): Promise<unknown> {
  const caller = createCaller(context) as unknown as Record<string, unknown>;
  const fn = path
    .split(".")
    .reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], caller);
  return (fn as Procedure)(input);
}

/** A route's input from the request's path parameter and query string. */
export function inputOf(route: RestRoute, params: URLSearchParams, param?: string): unknown {
  const schema = route.input ? toJsonSchema(route.input, "input") : null;
  return inputFromQuery(
    params,
    schema,
    route.pathParam && param !== undefined ? { [route.pathParam]: param } : {},
  );
}

/** What /api/v1 itself answers: its endpoints and where their description is. */
function index(req: Request): Response {
  const body = {
    openapi: OPENAPI_PATH,
    endpoints: REST_ROUTES.map((r) => ({
      path: `${REST_BASE}${r.path}`,
      procedure: r.procedure,
      summary: r.summary,
    })),
  };
  return cachedResponse(req, JSON.stringify(body), {
    headers: { "Content-Type": JSON_TYPE },
    cacheControl: API_CACHE_CONTROL,
  });
}

/** The REST API as a fetch handler mounted at REST_BASE (apps/web: app/api/v1/[[...path]]). */
export function createRestHandler(
  options: RestHandlerOptions,
): (req: Request) => Promise<Response> {
  const { db, limits, microCacheMs = 1000 } = options;
  const microCache = microCacheMs > 0 ? createMicroCache<PreparedBody>(microCacheMs) : null;
  const inFlight = createInFlight<PreparedBody>();
  return async (req) => {
    if (req.method === "OPTIONS") return preflight();
    if (req.method !== "GET" && req.method !== "HEAD") {
      return restError(
        405,
        {
          code: "METHOD_NOT_SUPPORTED",
          message: `${req.method} is not supported: the REST API is read-only (GET, HEAD). Changes go through the admin's tRPC API.`,
        },
        { Allow: "GET, HEAD, OPTIONS" },
      );
    }
    const url = new URL(req.url);
    const rest = url.pathname.startsWith(REST_BASE)
      ? url.pathname.slice(REST_BASE.length)
      : url.pathname;
    let segments: string[];
    try {
      segments = rest.split("/").filter(Boolean).map(decodeURIComponent);
    } catch {
      segments = ["\u0000"]; // A path that does not decode names no endpoint.
    }
    if (!segments.length) return index(req);
    const match = matchRoute(segments);
    if (!match) {
      return restError(404, {
        code: "NOT_FOUND",
        message: `No such endpoint: ${url.pathname}. ${REST_BASE} lists them; ${OPENAPI_PATH} describes them.`,
      });
    }

    let rateHeaders: Record<string, string> = {};
    let computed: ((body?: PreparedBody) => void) | undefined;
    try {
      const forwardedFor = req.headers.get("x-forwarded-for");
      const ip = clientIp(forwardedFor, limits.trustProxy);
      const { caller, context, refusal } = await options.identify(req, ip);
      const weight: CallWeight =
        match.route.procedure.startsWith("search.") || url.searchParams.has("q")
          ? "search"
          : "read";
      const buckets = apiBuckets(caller, rateLimitAddress(forwardedFor), limits, weight);
      const answer = (body: PreparedBody, headers: Record<string, string>) =>
        cachedResponse(req, body, {
          headers: { "Content-Type": JSON_TYPE, ...headers },
          cacheControl: API_CACHE_CONTROL,
        });
      const cacheKey = `${url.pathname}${url.search}`;
      if (context && microCache) {
        // Kept, or being computed for another request (meanwhile the answer just expired, else
        // the new one): served as kept, uncounted. No await between finding nothing in flight
        // and leading, or a burst would all lead.
        let cached = microCache.get(cacheKey);
        const pending = cached === undefined ? inFlight.join(cacheKey) : undefined;
        if (pending) cached = microCache.stale(cacheKey) ?? (await pending);
        if (cached !== undefined) {
          return answer(
            cached,
            buckets.length ? { "RateLimit-Policy": rateLimitPolicy(buckets) } : {},
          );
        }
        computed = inFlight.lead(cacheKey);
      }
      // A conditional read only checks that the caller has points left; it pays below if its
      // answer has changed. Any other read pays first.
      const ifNoneMatch = req.headers.get("if-none-match");
      const check = ifNoneMatch ? await peekAll(db, buckets) : await consumeAll(db, buckets, 1);
      rateHeaders = rateLimitHeaders(check.decisions);
      const refused = check.allowed ? undefined : refusingDecision(check.decisions);
      if (refused) {
        return restError(
          429,
          { code: "TOO_MANY_REQUESTS", message: refusalMessage(refused) },
          { ...rateHeaders, "Retry-After": String(refused.retryAfterSeconds) },
        );
      }
      if (!context) {
        return restError(
          401,
          { code: "UNAUTHORIZED", message: refusal ?? "Invalid, expired or revoked API token" },
          rateHeaders,
        );
      }
      let input: unknown;
      try {
        input = inputOf(match.route, url.searchParams, match.param);
      } catch (error) {
        if (!(error instanceof QueryError)) throw error;
        return restError(
          400,
          { code: "BAD_REQUEST", message: error.message, fieldErrors: error.fieldErrors },
          rateHeaders,
        );
      }
      const body = prepareBody(
        JSON.stringify(await callProcedure(context, match.route.procedure, input)),
      );
      microCache?.set(cacheKey, body);
      computed?.(body);
      if (ifNoneMatch && !etagMatches(ifNoneMatch, body.etag)) {
        rateHeaders = rateLimitHeaders((await consumeAll(db, buckets, 1)).decisions);
      }
      return answer(body, rateHeaders);
    } catch (error) {
      return restErrorOf(error, rateHeaders);
    } finally {
      // Refused, invalid or failed: those waiting compute (and pay) for themselves.
      computed?.();
    }
  };
}
