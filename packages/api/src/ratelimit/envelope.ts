// tRPC's inputs travel in superjson's envelope (`{"json": …, "meta"?: …}`). An input sent without
// it (`?input={"topic":"protests"}`) used to read as no input at all: 200 with unfiltered data.
// The route handler refuses it instead, saying how to send it.
import { TRPCError } from "@trpc/server";

const ENVELOPE_KEYS = new Set(["json", "meta"]);

const isEnvelope = (value: unknown): boolean =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).every((key) => ENVELOPE_KEYS.has(key));

const HOW =
  'Wrap the input in superjson\'s envelope: ?input={"json":{"limit":2}} (URL-encoded), or {"json":…} as a POST body; a batch sends {"0":{"json":…},"1":{"json":…}}. Or use the plain REST API at /api/v1, which takes ordinary query strings.';

/**
 * BAD_REQUEST when an input (the `input` parameter of a GET, or a POST's JSON body) is not in the
 * envelope, else null. Text that is not JSON is left to tRPC, which refuses it itself.
 */
export function envelopeError(url: string, body: string | null): TRPCError | null {
  const { searchParams } = new URL(url);
  const raw = body ?? searchParams.get("input");
  if (raw === null || raw.trim() === "") return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const batch = searchParams.get("batch") === "1" || searchParams.get("batch") === "true";
  if (batch && typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
    const bad = Object.entries(parsed).filter(([, input]) => !isEnvelope(input));
    if (!bad.length) return null;
    return new TRPCError({
      code: "BAD_REQUEST",
      message: `The input of call ${bad.map(([i]) => i).join(", ")} in this batch is not in superjson's envelope. ${HOW}`,
    });
  }
  if (batch || isEnvelope(parsed)) return null;
  return new TRPCError({
    code: "BAD_REQUEST",
    message: `The input is not in superjson's envelope, so it would be read as no input at all. ${HOW}`,
  });
}
