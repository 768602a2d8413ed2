// The typed client for the Kazakhstan Human Rights Monitor's API. Only types come from @kz/api:
// no server code is loaded.
import type { AppRouter } from "./router";
import {
  createTRPCClient,
  httpBatchLink,
  retryLink,
  TRPCClientError,
  type TRPCLink,
} from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import superjson from "superjson";

export type { AppRouter };
/** Every procedure's input, by path: `RouterInputs["event"]["list"]`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Every procedure's output, by path: `RouterOutputs["event"]["list"]["items"][number]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** The server's default batch limit (API_MAX_BATCH); a larger batch is refused with 413. */
export const MAX_BATCH_SIZE = 10;

export interface ClientOptions {
  /**
   * The site: `https://…` of the public site for reading, of the admin for a token. `/api/trpc`
   * is added unless the URL already ends with it.
   */
  url: string;
  /** An API token (`kzr_…`), sent as `Authorization: Bearer …`. Only the admin's URL reads it. */
  token?: string;
  /** Calls per HTTP request, at most the server's API_MAX_BATCH (default 10). */
  maxBatchSize?: number;
  /**
   * On 429, wait the server's Retry-After and try again, up to this many times (default 3; 0 turns
   * it off). `onRateLimited` is told before each wait.
   */
  rateLimitRetries?: number;
  onRateLimited?: (info: { path: string; retryAfterSeconds: number; attempt: number }) => void;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** A fetch implementation (default: the global one). */
  fetch?: typeof fetch;
}

/** The base URL with `/api/trpc`. */
export function endpointOf(url: string): string {
  const base = url.replace(/\/+$/, "");
  return /\/api\/trpc$/.test(base) ? base : `${base}/api/trpc`;
}

/** What the API's error contract puts in an error's `data` (see docs/api.md). */
export interface ApiErrorData {
  code: string;
  httpStatus: number;
  path?: string;
  /** BAD_REQUEST: the messages for each invalid input field, by dotted path. */
  fieldErrors?: Record<string, string[]>;
  /** CONFLICT on a stale `expectedVersion`: the record's version now. */
  currentVersion?: number;
  /** TOO_MANY_REQUESTS: seconds to wait (also the Retry-After header). */
  retryAfterSeconds?: number;
}

/** The error's code and contract fields, or null for something that is not an API error. */
export function apiErrorOf(error: unknown): (ApiErrorData & { message: string }) | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = (error.data ?? {}) as Partial<ApiErrorData>;
  return {
    message: error.message,
    code: data.code ?? "UNKNOWN",
    httpStatus: data.httpStatus ?? 0,
    ...(data.path !== undefined ? { path: data.path } : {}),
    ...(data.fieldErrors ? { fieldErrors: data.fieldErrors } : {}),
    ...(data.currentVersion !== undefined ? { currentVersion: data.currentVersion } : {}),
    ...(data.retryAfterSeconds !== undefined ? { retryAfterSeconds: data.retryAfterSeconds } : {}),
  };
}

function rateLimitRetryLink(
  retries: number,
  onRateLimited: ClientOptions["onRateLimited"],
): TRPCLink<AppRouter> {
  // retryLink asks `retry` and then `retryDelayMs` synchronously for the same failure.
  let delayMs = 0;
  return retryLink<AppRouter>({
    retry({ error, attempts, op }) {
      const info = apiErrorOf(error);
      if (info?.code !== "TOO_MANY_REQUESTS" || attempts > retries) return false;
      const retryAfterSeconds = info.retryAfterSeconds ?? 1;
      delayMs = retryAfterSeconds * 1000;
      onRateLimited?.({ path: op.path, retryAfterSeconds, attempt: attempts });
      return true;
    },
    retryDelayMs: () => delayMs,
  });
}

/**
 * A client for every procedure, fully typed: `await client.event.list.query({ topic: "protests" })`.
 * Calls made together are sent in one HTTP request (up to `maxBatchSize`); each still counts
 * against the rate limit.
 */
export function createClient(options: ClientOptions) {
  const maxItems = options.maxBatchSize ?? MAX_BATCH_SIZE;
  const retries = options.rateLimitRetries ?? 3;
  const links: TRPCLink<AppRouter>[] = [
    ...(retries > 0 ? [rateLimitRetryLink(retries, options.onRateLimited)] : []),
    httpBatchLink({
      url: endpointOf(options.url),
      transformer: superjson,
      maxItems,
      // Batches of queries are split so that no URL is longer than proxies commonly accept.
      maxURLLength: 2000,
      headers: () => ({
        ...options.headers,
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      }),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
  ];
  return createTRPCClient<AppRouter>({ links });
}

export type Client = ReturnType<typeof createClient>;

export { TRPCClientError };
