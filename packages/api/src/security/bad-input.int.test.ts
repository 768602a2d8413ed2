// Bad input changes nothing: the corpus of bad-input-corpus.ts sent to every procedure of the
// router (read from the router itself) over the production route handler. Every answer must be
// below 500, every input the procedure's schema refuses must be refused with a 4xx, no table may
// change (checksums before and after), and nothing may leak onto Object.prototype.
import { createHash } from "node:crypto";

import {
  makeActor,
  makeEvent,
  makePlace,
  makeRating,
  makeRatingSeries,
  makeSource,
  makeTopic,
} from "@kz/db/testing";
import superjson from "superjson";
import { beforeAll, describe, expect, it } from "vitest";

import { API_CATALOG } from "../docs/catalog";
import { appRouter } from "../root";
import { useTestDatabase } from "../testing/database";
import {
  batchAndPathCorpus,
  corpusFor,
  envelopeCorpusFor,
  namesARecord,
  readInput,
  transportCorpusFor,
  type BadInput,
  type Reading,
  type Target,
} from "./bad-input-corpus";
import {
  adminApiHandler,
  makeIdentities,
  sendRaw,
  type Identity,
  type IdentityHeaders,
  type RouterProcedure,
} from "./harness";
import { changedTables, tableChecksums } from "./table-checksums";

const procedures = appRouter._def.procedures as unknown as Record<string, RouterProcedure>;
const examples = new Map(API_CATALOG.map((entry) => [entry.path, entry.example]));
const publicPaths = new Set(API_CATALOG.filter((e) => e.access === "public").map((e) => e.path));

const targets: Target[] = Object.entries(procedures).map(([path, procedure]) => ({
  path,
  type: procedure._def.type === "mutation" ? "mutation" : "query",
  input: procedure._def.inputs[0] as Target["input"],
  example: examples.get(path),
}));

/** Procedures whose corpora run at once (each one's requests go one after another). */
const CONCURRENCY = 4;

const db = useTestDatabase();
let identities: IdentityHeaders;

beforeAll(async () => {
  identities = await makeIdentities(db());
  // Something for lists, searches and cursors to find, published and not.
  const client = db();
  const source = await makeSource(client, { title: "Annual report" });
  const topic = await makeTopic(client, { citations: [source.id] });
  const place = await makePlace(client, "Zhanaozen");
  const actor = await makeActor(client, "Example Foundation");
  for (const status of ["PUBLISHED", "DRAFT"] as const) {
    await makeEvent(client, {
      status,
      title: `Strike in Zhanaozen (${status})`,
      topicIds: [topic.id],
      placeIds: [place.id],
      actorIds: [actor.id],
      sourceIds: [source.id],
    });
  }
  const series = await makeRatingSeries(client);
  await makeRating(client, { seriesId: series.id, year: 2024, citations: [source.id] });
});

interface Run {
  identity: Identity;
  /** The procedure the cases are for; none for the batch and path corpus. */
  target: Target | undefined;
  /** Built when the run starts: the corpus holds megabytes per procedure. */
  cases: () => BadInput[];
}

/**
 * Every procedure as an admin (past every tier, so mutations read their input), the public ones
 * anonymously, the token path (authentication, its rate limit) once per access class, and what
 * surrounds the input (superjson, tRPC) for a query and a mutation.
 */
function plannedRuns(): Run[] {
  const firstOfEachAccess = API_CATALOG.filter(
    (entry, i) => API_CATALOG.findIndex((e) => e.access === entry.access) === i,
  ).map((entry) => entry.path);
  const byPath = (paths: string[]) => targets.filter((t) => paths.includes(t.path));
  const each = (identity: Identity, list: Target[], corpus: (t: Target) => BadInput[]): Run[] =>
    list.map((target) => ({ identity, target, cases: () => corpus(target) }));
  const transportSample = ["event.list", "event.admin.update"];
  return [
    ...each("ADMIN", targets, corpusFor),
    ...each("anonymous", byPath([...publicPaths]), corpusFor),
    ...each("fullToken", byPath(firstOfEachAccess), envelopeCorpusFor),
    ...each("ADMIN", byPath(transportSample), transportCorpusFor),
    ...each("fullToken", byPath(transportSample), transportCorpusFor),
    ...each("anonymous", byPath(["event.list"]), transportCorpusFor),
    { identity: "ADMIN", target: undefined, cases: batchAndPathCorpus },
    { identity: "anonymous", target: undefined, cases: batchAndPathCorpus },
    { identity: "fullToken", target: undefined, cases: batchAndPathCorpus },
  ];
}

/**
 * Which cases are worth sending. Procedures that share a schema (or a field's) refuse a bad input
 * in the same code, the schema's parse, before any of their own and whoever calls: an input
 * refused once is not sent again under the same refusal key. An accepted input reaches the
 * procedure's own code as what the schema made of it: sent once per procedure, identity and
 * parsed value. A mutation's valid input may write (a create), so it is sent only when it names a
 * record, which none does: the corpus is about bad input.
 */
function newCaseFilter() {
  const refused = new Set<string>();
  const accepted = new Set<string>();
  const firstTime = (seen: Set<string>, key: string) => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  return (run: Run, { refusalKey }: BadInput, reading: Reading): boolean => {
    if (!run.target) return true;
    if (!reading.accepted) return firstTime(refused, refusalKey);
    if (run.target.type === "mutation" && !namesARecord(reading.input)) return false;
    const parsed = createHash("sha256").update(superjson.stringify(reading.input)).digest("hex");
    return firstTime(accepted, `${run.target.path}|${run.identity}|${parsed}`);
  };
}

describe("bad input", () => {
  it(
    "is answered with a 4xx, never a 5xx, and changes no table",
    { timeout: 300_000 },
    async () => {
      const client = db();
      const handler = adminApiHandler(client);
      const worthSending = newCaseFilter();
      const serverErrors: string[] = [];
      const notRefused: string[] = [];
      const changes: string[] = [];
      const reached = new Set<string>();

      const execute = async (run: Run) => {
        for (const badInput of run.cases()) {
          const { label, call } = badInput;
          const reading: Reading = run.target ? readInput(run.target, call) : { accepted: false };
          if (!worthSending(run, badInput, reading)) continue;
          const response = await sendRaw(handler, call, identities[run.identity]);
          if (run.target) reached.add(run.target.path);
          const where = `${call.method} ${call.path.slice(0, 60)} as ${run.identity}, ${label}`;
          if (response.status >= 500 || response.status === 0) {
            serverErrors.push(`${where}: ${response.status} ${response.text.slice(0, 300)}`);
          } else if (run.target && !reading.accepted && response.status < 400) {
            notRefused.push(`${where}: ${response.status}`);
          }
        }
      };

      const runs = plannedRuns();
      const before = await tableChecksums(client);
      let last = before;
      for (let i = 0; i < runs.length; i += CONCURRENCY) {
        const group = runs.slice(i, i + CONCURRENCY);
        await Promise.all(group.map(execute));
        // Checked after every group, so a change is traced to the procedures that made it.
        const now = await tableChecksums(client);
        const changed = changedTables(last, now);
        if (changed.length) {
          const who = group.map((r) => `${r.target?.path ?? "batch/path corpus"} as ${r.identity}`);
          changes.push(`${changed.join(", ")} changed by one of: ${who.join("; ")}`);
        }
        last = now;
      }

      const list = (lines: string[]) => `${lines.length}:\n${lines.join("\n")}`;
      expect(serverErrors.length, `5xx answers ${list(serverErrors)}`).toBe(0);
      expect(notRefused.length, `invalid inputs answered < 400 ${list(notRefused)}`).toBe(0);
      expect(changes.length, `tables changed ${list(changes)}`).toBe(0);
      expect(await tableChecksums(client)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted, "Object.prototype polluted").toBeUndefined();
      expect(({} as Record<string, unknown>).role, "Object.prototype polluted").toBeUndefined();
      // The corpus ran: every procedure of the router got some of it.
      expect(targets.filter((t) => !reached.has(t.path)).map((t) => t.path)).toEqual([]);
    },
  );
});
