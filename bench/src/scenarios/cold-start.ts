import { spawnApp } from "../../../scripts/lib/processes";
import { repoRoot } from "../lib/setup";
import type { Figure, Scenario } from "../types";

const WEB = "http://127.0.0.1:3000/";
const ADMIN = "http://127.0.0.1:3001/login";
const GIVE_UP_MS = 180_000;

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.status < 500;
  } catch {
    return false;
  }
}

/** `npm start` as a user runs it (embedded Postgres, no DATABASE_URL); milliseconds until both apps answer. */
async function timeNpmStart(log: (message: string) => void): Promise<number> {
  const env = { ...process.env, NODE_ENV: undefined, DATABASE_URL: undefined, FORCE_COLOR: "0" };
  const output: string[] = [];
  const started = performance.now();
  const app = spawnApp({
    name: "npm start",
    command: "npm",
    args: ["start"],
    cwd: repoRoot,
    env,
    write: (line) => output.push(line),
  });
  let ended: string | null = null;
  void app.exited.then((how) => (ended = how));
  try {
    while (!(await answers(WEB)) || !(await answers(ADMIN))) {
      if (ended) throw new Error(`npm start ${ended}:\n${output.slice(-30).join("\n")}`);
      if (performance.now() - started > GIVE_UP_MS)
        throw new Error("npm start: no answer within 180 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const elapsed = performance.now() - started;
    log(`npm start answered in ${(elapsed / 1000).toFixed(1)} s`);
    return elapsed;
  } finally {
    app.child.kill("SIGINT");
    await Promise.race([app.exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    await app.stop();
  }
}

/** Cold start of an installed, built checkout: `npm start` until the public site and the admin both answer. */
export const coldStart: Scenario = {
  id: "cold-start",
  title: "Cold start (npm start)",
  phase: "after",
  run: async (context) => {
    // The first start may create and seed the embedded database; the second is the everyday cold start.
    const first = await timeNpmStart(context.log);
    const second = await timeNpmStart(context.log);
    const figures: Figure[] = [
      {
        name: "first npm start (may initialise the embedded database)",
        value: first / 1000,
        unit: "s",
      },
      {
        name: "npm start, installed and built",
        value: second / 1000,
        unit: "s",
        target: { op: "<", value: 20 },
      },
    ];
    return {
      id: "cold-start",
      title: "Cold start (npm start)",
      method:
        "`npm start` without DATABASE_URL (embedded Postgres under .data/, as a new user runs it) on a built checkout, " +
        "timed from spawn until GET :3000/ and :3001/login both answer, then stopped with Ctrl-C; run twice, the second is the target.",
      figures,
    };
  },
};
