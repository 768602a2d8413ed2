// Mirrors the whole public record to a JSON file and keeps it exact: the first run reads the
// changes feed from the start, each later run reads only what changed since the saved cursor.
//
//   API_URL=http://localhost:3000 MIRROR_FILE=mirror.json npx tsx mirror.ts
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

import { createClient } from "@kz/client";
import { clientMirrorSource, emptyMirror, syncMirror, type MirrorState } from "@kz/client/mirror";

const file = process.env.MIRROR_FILE ?? "mirror.json";
const client = createClient({
  url: process.env.API_URL ?? "http://localhost:3000",
  // A first mirror makes a few hundred calls: when the rate limit says wait, wait and go on.
  rateLimitRetries: 10,
  onRateLimited: ({ retryAfterSeconds }) =>
    console.error(`rate limited: waiting ${retryAfterSeconds} s`),
});

const state: MirrorState = existsSync(file)
  ? (JSON.parse(readFileSync(file, "utf8")) as MirrorState)
  : emptyMirror();
const report = await syncMirror(clientMirrorSource(client), state);

// Write, then rename: an interrupted run never leaves a half-written mirror.
writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
renameSync(`${file}.tmp`, file);

const count = (o: object) => Object.keys(o).length;
console.log(
  `${file}: ${report.changes} change(s) read, ${report.fetched} fetched, ${report.removed} removed; ` +
    `${count(state.events)} events, ${count(state.sources)} sources, ${count(state.topics)} topics, ` +
    `${count(state.actors)} actors, ${count(state.places)} places, ${count(state.ratings)} rating series; ` +
    `cursor ${state.cursor}`,
);
