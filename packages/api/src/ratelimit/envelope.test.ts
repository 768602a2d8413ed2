import { describe, expect, it } from "vitest";

import { envelopeError } from "./envelope";
import { defaultApiLimits } from "./config";
import { createApiHandler } from "./handler";

const url = (path: string, input: unknown, batch = false) => {
  const u = new URL(`http://localhost/api/trpc/${path}`);
  if (batch) u.searchParams.set("batch", "1");
  u.searchParams.set("input", JSON.stringify(input));
  return u.toString();
};

describe("envelopeError", () => {
  it("passes inputs in the envelope, batches of them, and requests without input", () => {
    expect(envelopeError(url("event.list", { json: { limit: 2 } }), null)).toBeNull();
    expect(
      envelopeError(url("topic.list", { json: null, meta: { values: ["undefined"] } }), null),
    ).toBeNull();
    expect(
      envelopeError(url("a,b", { 0: { json: null }, 1: { json: { limit: 1 } } }, true), null),
    ).toBeNull();
    expect(envelopeError("http://localhost/api/trpc/topic.list", null)).toBeNull();
    expect(
      envelopeError("http://localhost/api/trpc/x", JSON.stringify({ json: { id: "a" } })),
    ).toBeNull();
  });

  it("refuses an input without the envelope, saying how to send it", () => {
    const error = envelopeError(url("event.list", { topic: "protests", limit: 2 }), null);
    expect(error?.code).toBe("BAD_REQUEST");
    expect(error?.message).toContain('{"json":');
    expect(envelopeError(url("event.list", 5), null)?.code).toBe("BAD_REQUEST");
    expect(envelopeError("http://localhost/api/trpc/x", JSON.stringify({ id: "a" }))?.code).toBe(
      "BAD_REQUEST",
    );
    expect(
      envelopeError(url("a,b", { 0: { json: null }, 1: { limit: 1 } }, true), null)?.message,
    ).toContain("call 1");
  });

  it("leaves text that is not JSON to tRPC", () => {
    expect(envelopeError("http://localhost/api/trpc/x?input=%7Bnot", null)).toBeNull();
  });
});

describe("the tRPC route handler", () => {
  // No database: the envelope is checked before the caller is identified or counted.
  const handler = createApiHandler({
    db: null as never,
    limits: defaultApiLimits(),
    identify: () => Promise.reject(new Error("not reached")),
  });

  it("answers 400 with the way to send it, not 200 with unfiltered data", async () => {
    const response = await handler(new Request(url("event.list", { topic: "protests", limit: 2 })));
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { json: { message: string; data: { code: string } } };
    };
    expect(body.error.json.data.code).toBe("BAD_REQUEST");
    expect(body.error.json.message).toContain("superjson's envelope");
  });

  it("answers a batch with one error per call", async () => {
    const response = await handler(
      new Request(url("topic.list,event.list", { 0: { json: null }, 1: { limit: 2 } }, true)),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as unknown[];
    expect(body).toHaveLength(2);
  });
});
