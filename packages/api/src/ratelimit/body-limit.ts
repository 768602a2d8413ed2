import { TRPCError } from "@trpc/server";

import { appRouter } from "../root";
import type { ProcedureMeta } from "../trpc";

/** The largest request body a call may send unless its procedure declares more. */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

type Procedures = Record<string, { _def: { meta?: ProcedureMeta } } | undefined>;

const limitOfPath = (path: string) =>
  (appRouter._def.procedures as unknown as Procedures)[path]?._def.meta?.maxBodyBytes ??
  DEFAULT_MAX_BODY_BYTES;

/**
 * The body limit of a tRPC request: the smallest of its calls' (a batch is read as one body), each
 * its procedure's `.meta({ maxBodyBytes })` or the default; unknown paths get the default.
 */
export function bodyLimitOf(url: string, endpoint: string): number {
  const pathname = new URL(url).pathname;
  if (!pathname.startsWith(`${endpoint}/`)) return DEFAULT_MAX_BODY_BYTES;
  try {
    const paths = decodeURIComponent(pathname.slice(endpoint.length + 1)).split(",");
    return Math.min(...paths.map(limitOfPath));
  } catch {
    // A path that does not decode names no procedure: tRPC answers it 404.
    return DEFAULT_MAX_BODY_BYTES;
  }
}

export function payloadTooLarge(limit: number): TRPCError {
  return new TRPCError({
    code: "PAYLOAD_TOO_LARGE",
    message: `The request body is larger than this call accepts (${limit.toLocaleString("en")} bytes). Send less at a time, or batch fewer calls.`,
  });
}

/**
 * The request with its body read into memory, or the error to answer instead: PAYLOAD_TOO_LARGE
 * when the body is larger than `limit` (a declared Content-Length is believed without reading
 * anything; a body sent without one, chunked, is read only until it passes the limit), or
 * BAD_REQUEST when the upload broke off. Runs before the caller is identified, so an oversized
 * body costs no token lookup and no database work.
 */
export async function readBodyWithin(req: Request, limit: number): Promise<Request | TRPCError> {
  if (!req.body) return req;
  if (Number(req.headers.get("content-length") ?? 0) > limit) return payloadTooLarge(limit);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return payloadTooLarge(limit);
      }
      chunks.push(value);
    }
  } catch {
    return new TRPCError({
      code: "BAD_REQUEST",
      message: "The request body could not be read: the upload broke off. Send it again.",
    });
  }
  return new Request(req.url, {
    method: req.method,
    headers: req.headers,
    body: Buffer.concat(chunks),
    signal: req.signal,
  });
}
