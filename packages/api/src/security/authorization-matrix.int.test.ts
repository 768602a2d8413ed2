// The authorisation matrix: every procedure of the router (read from the router itself, so a new
// one cannot be missed) called by every identity of harness.ts over the production route handler,
// each answer held to access-table.ts. Calls carry the catalog's example input, so an allowed call
// runs the procedure as a real client would; any answer but UNAUTHORIZED or FORBIDDEN counts as
// "got past authorisation" (a NOT_FOUND for the example's made-up ids is fine).
import { beforeAll, describe, expect, it } from "vitest";

import { API_CATALOG } from "../docs/catalog";
import { appRouter } from "../root";
import { useTestDatabase } from "../testing/database";
import { expectedOutcome, type Outcome } from "./access-table";
import {
  adminApiHandler,
  callOf,
  IDENTITIES,
  makeIdentities,
  sendRaw,
  type IdentityHeaders,
  type RouterProcedure,
} from "./harness";

const procedures = appRouter._def.procedures as unknown as Record<string, RouterProcedure>;
const catalog = new Map(API_CATALOG.map((entry) => [entry.path, entry]));

/** Procedures called at once; each one's identities go one after another. */
const CONCURRENCY = 6;

const db = useTestDatabase();
let identities: IdentityHeaders;

beforeAll(async () => {
  identities = await makeIdentities(db());
});

function outcomeOf(code: string | undefined): Outcome {
  return code === "UNAUTHORIZED" || code === "FORBIDDEN" ? code : "ok";
}

describe("the authorisation matrix", () => {
  it("declares an access class for every procedure of the router", () => {
    const undeclared = Object.keys(procedures).filter((path) => !catalog.has(path));
    expect(undeclared, "procedures without an entry in docs/catalog.ts").toEqual([]);
  });

  it("gives every identity exactly the declared outcome on every procedure", async () => {
    const handler = adminApiHandler(db());
    const mismatches: string[] = [];
    const serverErrors: string[] = [];
    let calls = 0;
    const check = async (path: string, procedure: RouterProcedure) => {
      const entry = catalog.get(path);
      if (!entry) return; // reported by the test above
      for (const identity of IDENTITIES) {
        const response = await sendRaw(
          handler,
          callOf(path, procedure._def.type, entry.example),
          identities[identity],
        );
        calls += 1;
        const expected = expectedOutcome(entry.access, identity);
        const seen = outcomeOf(response.code);
        if (seen !== expected) {
          mismatches.push(
            `${path} (${entry.access}) as ${identity}: expected ${expected}, got ${response.code ?? response.status}`,
          );
        }
        if (response.status >= 500 || response.status === 0) {
          serverErrors.push(`${path} as ${identity}: ${response.status} ${response.text}`);
        }
      }
    };
    const entries = Object.entries(procedures);
    for (let i = 0; i < entries.length; i += CONCURRENCY) {
      await Promise.all(entries.slice(i, i + CONCURRENCY).map(([path, p]) => check(path, p)));
    }
    expect(mismatches).toEqual([]);
    expect(serverErrors).toEqual([]);
    expect(calls).toBe(entries.length * IDENTITIES.length);
    // About 1,000 calls: 5 s on a quiet machine, 42 s measured at load 15 (a clean-clone CI run
    // beside it); the budget is for a busy machine, not a target.
  }, 180_000);
});
