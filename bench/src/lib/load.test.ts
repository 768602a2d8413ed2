import { describe, expect, it } from "vitest";

import { parseWrk } from "./load";
import { percentile } from "./stats";

const WRK_OUTPUT = `Running 10s test @ http://127.0.0.1:8090/event
  1 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   301.12us  120.40us   8.21ms   91.02%
    Req/Sec   98.12k     3.40k  104.20k    80.00%
  Latency Distribution
     50%  254.00us
     75%  301.00us
     90%  384.00us
     99%    1.02ms
  982323 requests in 10.00s, 2.11GB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 5
Requests/sec:  98230.55
Transfer/sec:    211.27MB
`;

describe("parseWrk", () => {
  it("reads throughput, percentiles in milliseconds and every kind of error", () => {
    expect(parseWrk(WRK_OUTPUT)).toEqual({
      requestsPerSecond: 98230.55,
      p50Ms: 0.254,
      p99Ms: 1.02,
      errors: 10,
      requests: 982323,
    });
  });

  it("refuses output without a latency distribution rather than report zeros", () => {
    expect(() => parseWrk("unable to connect to 127.0.0.1:3000 Connection refused")).toThrow(/50%/);
  });
});

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 50)).toBe(10);
    expect(percentile([7], 99)).toBe(7);
  });
});
