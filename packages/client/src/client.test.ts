import { DEFAULT_MAX_BATCH } from "@kz/api/config";
import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";

import { apiErrorOf, endpointOf, MAX_BATCH_SIZE } from "./index";

describe("createClient's settings", () => {
  it("batches no more calls than the server accepts by default", () => {
    expect(MAX_BATCH_SIZE).toBe(DEFAULT_MAX_BATCH);
  });

  it("adds /api/trpc to a site's URL", () => {
    expect(endpointOf("https://kz.example")).toBe("https://kz.example/api/trpc");
    expect(endpointOf("https://kz.example/")).toBe("https://kz.example/api/trpc");
    expect(endpointOf("https://kz.example/api/trpc/")).toBe("https://kz.example/api/trpc");
  });
});

describe("apiErrorOf", () => {
  it("reads the error contract's fields", () => {
    const error = new TRPCClientError("Too many", {
      result: {
        error: {
          message: "Too many",
          code: -32029,
          data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, retryAfterSeconds: 12 },
        },
      },
    });
    expect(apiErrorOf(error)).toEqual({
      message: "Too many",
      code: "TOO_MANY_REQUESTS",
      httpStatus: 429,
      retryAfterSeconds: 12,
    });
    expect(apiErrorOf(new Error("no"))).toBeNull();
  });
});
