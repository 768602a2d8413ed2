// examples/mirror.py (standard-library Python) mirrors the seeded record through the REST changes
// feed of a real REST handler on a local port, then finds nothing new on a second run. Skipped,
// saying so, where python3 is not installed.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { seedDocument } from "@kz/db/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { defaultApiLimits } from "../ratelimit/config";
import { useTestDatabase } from "../testing/database";
import { publicContext } from "../testing/public-caller";
import { createRestHandler } from "./handler";
import { serveLocally, type LocalServer } from "./node-http";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const script = path.join(root, "examples/mirror.py");
const python = spawnSync("python3", ["--version"]).status === 0;
if (!python) console.warn("python3 is not installed: examples/mirror.py is not run.");

const db = useTestDatabase("pyexample");
let server: LocalServer;
let folder: string;

beforeAll(async () => {
  await seedDocument(db());
  const many = { points: 1_000_000, windowSeconds: 60 };
  server = await serveLocally(
    createRestHandler({
      db: db(),
      limits: { ...defaultApiLimits(), public: many, publicGlobal: many, search: many },
      identify: async () => ({ caller: { kind: "anonymous" }, context: publicContext(db()) }),
    }),
  );
  folder = mkdtempSync(path.join(os.tmpdir(), "kz-py-mirror-"));
});

afterAll(async () => {
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Runs the script asynchronously (the server answers in this process) and reads its report. */
async function mirror(file: string) {
  const child = spawn("python3", [script], {
    env: { ...process.env, API_URL: server.url, MIRROR_FILE: file },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as {
    changes: number;
    fetched: number;
    removed: number;
    cursor: string;
    counts: Record<string, number>;
  };
}

describe.skipIf(!python)("examples/mirror.py", () => {
  it("copies every published record, then reads only what changed", async () => {
    const file = path.join(folder, "mirror.json");
    const first = await mirror(file);
    const published = { status: "PUBLISHED" as const, deletedAt: null };
    expect(first.counts.event).toBe(await db().event.count({ where: published }));
    expect(first.counts.source).toBe(await db().source.count({ where: published }));
    expect(first.changes).toBeGreaterThan(0);
    const state = JSON.parse(readFileSync(file, "utf8")) as {
      records: { event: Record<string, { title: string; startDate: string }> };
    };
    // Plain JSON: dates as ISO strings.
    const event = Object.values(state.records.event)[0]!;
    expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const second = await mirror(file);
    expect(second).toMatchObject({ changes: 0, fetched: 0, removed: 0, cursor: first.cursor });
  }, 120_000);
});
