/**
 * Steady read and write traffic against the running apps, each request recorded: when it started
 * and ended, every status on its way (redirects are followed by hand, so a page sent back to its
 * `?unavailable` URL shows as 307 then 503), and anything in the answer that should never be
 * there.
 */
import { setTimeout as sleep } from "node:timers/promises";

export interface Sample {
  stream: string;
  started: number;
  ended: number;
  /** Each hop's HTTP status; 0 for no answer (refused, reset, or no answer within 15 s). */
  statuses: number[];
  retryAfter: string | null;
  /** Why this answer is unacceptable whatever its status (a stack trace, a network error…). */
  problem: string | null;
  /** Writes: the record that the answer acknowledged as saved. */
  acknowledged?: string;
}

export const finalStatus = (s: Sample) => s.statuses.at(-1) ?? 0;
export const succeeded = (s: Sample) => finalStatus(s) === 200;

// What a stack trace, a code frame or a server path looks like in an answer.
const LEAKS: [RegExp, string][] = [
  [/\n\s+at [^\n]+:\d+:\d+/, "a stack trace"],
  [/node_modules/, "a node_modules path"],
  [/\.(?:ts|tsx|mjs|cjs):\d+/, "a source file position"],
  [/Invalid `[^`]+` invocation/, "a Prisma error message"],
];

export function leakIn(body: string): string | null {
  for (const [pattern, what] of LEAKS) if (pattern.test(body)) return `the body shows ${what}`;
  return null;
}

const REQUEST_TIMEOUT_MS = 15_000;
// Between one stream's requests, so that two cores serve the apps rather than the load.
const PAUSE_MS = 50;

export interface Call {
  url: string;
  init?: RequestInit;
}

export interface Stream {
  name: string;
  next(n: number): Call;
  /** For writes: what a 200 answer acknowledged, to be looked for in the database later. */
  acknowledges?(n: number): string;
}

/** Fetches, following redirects by hand, and records the whole exchange. */
export async function exchange(stream: string, request: Call): Promise<Sample> {
  const sample: Sample = {
    stream,
    started: Date.now(),
    ended: 0,
    statuses: [],
    retryAfter: null,
    problem: null,
  };
  let url = request.url;
  let init = request.init ?? {};
  try {
    for (let hop = 0; hop < 4; hop++) {
      const response = await fetch(url, {
        ...init,
        redirect: "manual",
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = await response.text();
      sample.statuses.push(response.status);
      sample.retryAfter = response.headers.get("retry-after");
      sample.problem ??= leakIn(body);
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) break;
      url = new URL(location, url).href;
      init = { headers: init.headers };
    }
  } catch (error) {
    sample.statuses.push(0);
    sample.problem = `no answer: ${error instanceof Error ? `${error.name} ${error.message}` : error}`;
  }
  sample.ended = Date.now();
  return sample;
}

export class Traffic {
  readonly samples: Sample[] = [];
  private running = true;
  private loops: Promise<void>[] = [];

  constructor(streams: Stream[]) {
    this.loops = streams.map((stream) => this.loop(stream));
  }

  private async loop(stream: Stream): Promise<void> {
    for (let n = 1; this.running; n++) {
      const sample = await exchange(stream.name, stream.next(n));
      if (stream.acknowledges && succeeded(sample)) sample.acknowledged = stream.acknowledges(n);
      this.samples.push(sample);
      await sleep(PAUSE_MS);
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }
}
