// The role table, procedure by procedure. Every mutation of appRouter must have an entry here: a
// new mutating procedure without one fails the first test.
import type { Role } from "@kz/db";
import { describe, expect, it } from "vitest";

import { COLLECTIONS } from "../collections";
import { appRouter } from "../root";
import { callerFor, outcome, ROLES, type Caller } from "../testing/admin-caller";
import { useTestDatabaseWithRoles } from "../testing/database";

type Minimum = Role | "PUBLIC";

const workflowRules = (domain: string): Record<string, Minimum> => ({
  [`${domain}.admin.create`]: "CONTRIBUTOR",
  [`${domain}.admin.update`]: "CONTRIBUTOR",
  [`${domain}.admin.submit`]: "CONTRIBUTOR",
  [`${domain}.admin.discardChanges`]: "CONTRIBUTOR",
  [`${domain}.admin.requestChanges`]: "EDITOR",
  [`${domain}.admin.publish`]: "EDITOR",
  [`${domain}.admin.unpublish`]: "EDITOR",
  [`${domain}.admin.archive`]: "EDITOR",
  [`${domain}.admin.schedule`]: "EDITOR",
  [`${domain}.admin.bulk`]: "EDITOR",
  [`${domain}.admin.trash`]: "EDITOR",
  [`${domain}.admin.restore`]: "EDITOR",
  [`${domain}.admin.purge`]: "ADMIN",
});
/** The lowest role allowed to call each mutation. */
const MUTATIONS: Record<string, Minimum> = {
  // Every registered collection: registering one puts its procedures under this table.
  ...Object.assign({}, ...COLLECTIONS.map((c) => workflowRules(c.noun))),
  "rating.importPreview": "EDITOR",
  "rating.importCommit": "EDITOR",
  "revision.restore": "EDITOR",
  "preview.createToken": "CONTRIBUTOR",
  // Presence on edit pages: whoever may edit a record.
  "presence.heartbeat": "CONTRIBUTOR",
  "presence.leave": "CONTRIBUTOR",
  // Translations: a contributor translates, an editor publishes.
  "translation.save": "CONTRIBUTOR",
  "translation.publish": "EDITOR",
  // Accounts (packages/api/src/user, token).
  "user.create": "ADMIN",
  "user.update": "ADMIN",
  "user.deactivate": "ADMIN",
  "user.activate": "ADMIN",
  "user.resetPassword": "ADMIN",
  "me.changePassword": "VIEWER",
  "me.dismissSignInNotice": "VIEWER",
  "user.endSessions": "ADMIN",
  "user.resetTwoFactor": "ADMIN",
  "me.endSession": "VIEWER",
  "me.endAllSessions": "VIEWER",
  "me.twoFactor.begin": "VIEWER",
  "me.twoFactor.confirm": "VIEWER",
  "me.twoFactor.disable": "VIEWER",
  "me.twoFactor.regenerateRecoveryCodes": "VIEWER",
  "me.passkeys.registrationOptions": "VIEWER",
  "me.passkeys.register": "VIEWER",
  "me.passkeys.rename": "VIEWER",
  "me.passkeys.remove": "VIEWER",
  "me.reauthOptions": "VIEWER",
  "me.reauthenticate": "VIEWER",
  "me.dismissNotices": "VIEWER",
  "token.create": "VIEWER",
  "token.revoke": "VIEWER",
  "token.dismissNotices": "VIEWER",
  "token.admin.revoke": "ADMIN",
};

/** Queries anyone may call; every other query must refuse anonymous callers. */
const PUBLIC_QUERIES = new Set([
  // Each collection's public reads: its list, and each record's page where it has them.
  ...COLLECTIONS.flatMap((c) => [`${c.noun}.list`, ...(c.recordPages ? [`${c.noun}.bySlug`] : [])]),
  "event.preview",
  "event.facets",
  "event.timeline",
  "revision.public",
  "rating.seriesList",
  "search.query",
  "changes.since",
]);

const RANK: Record<Minimum, number> = { PUBLIC: 0, VIEWER: 1, CONTRIBUTOR: 2, EDITOR: 3, ADMIN: 4 };

const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>,
);
const mutations = procedures.filter(([, p]) => p._def.type === "mutation").map(([path]) => path);
const queries = procedures.filter(([, p]) => p._def.type === "query").map(([path]) => path);

const { db, users } = useTestDatabaseWithRoles();

/** Calls a procedure by its dotted path. */
function call(caller: Caller, path: string, input: unknown): Promise<unknown> {
  const fn = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return fn(input);
}

describe("the role table", () => {
  it("has a rule for every mutation of the API, and none for a procedure that is gone", () => {
    const missing = mutations.filter((path) => !(path in MUTATIONS));
    expect(missing, "mutations without an entry in MUTATIONS").toEqual([]);
    expect(Object.keys(MUTATIONS).filter((path) => !mutations.includes(path))).toEqual([]);
  });

  // Tiers are checked before input: an invalid input shows the tier's decision without writing
  // anything (allowed callers get BAD_REQUEST for the input, refused ones UNAUTHORIZED/FORBIDDEN).
  it.each(Object.entries(MUTATIONS))("%s needs %s", async (path, minimum) => {
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const who of ["ANONYMOUS", ...ROLES] as const) {
      const actor = who === "ANONYMOUS" ? null : users[who];
      seen[who] = await outcome(call(callerFor(db(), actor), path, "not a valid input"));
      const rank = who === "ANONYMOUS" ? 0 : RANK[who];
      expected[who] =
        rank >= RANK[minimum] ? "BAD_REQUEST" : who === "ANONYMOUS" ? "UNAUTHORIZED" : "FORBIDDEN";
    }
    expect(seen).toEqual(expected);
  });

  it.each(queries.filter((q) => !PUBLIC_QUERIES.has(q)))(
    "%s refuses anonymous callers",
    async (path) => {
      expect(await outcome(call(callerFor(db(), null), path, "not a valid input"))).toBe(
        "UNAUTHORIZED",
      );
    },
  );

  it("lets a viewer read every admin list, drafts included", async () => {
    const viewer = callerFor(db(), users.VIEWER);
    await expect(viewer.event.admin.list()).resolves.toMatchObject({ total: 0 });
    await expect(viewer.source.admin.list()).resolves.toMatchObject({ total: 0 });
    await expect(viewer.topic.admin.list()).resolves.toMatchObject({ total: 0 });
    await expect(viewer.actor.admin.list()).resolves.toMatchObject({ total: 0 });
    await expect(viewer.place.admin.list()).resolves.toMatchObject({ total: 0 });
    await expect(viewer.dashboard.summary()).resolves.toMatchObject({ counts: { inReview: 0 } });
  });

  it("refuses drafts to an API token without the read:drafts scope", async () => {
    const token = callerFor(db(), users.VIEWER, { tokenName: "ci", scopes: [] });
    expect(await outcome(token.event.admin.list())).toBe("FORBIDDEN");
    const reader = callerFor(db(), users.VIEWER, {
      tokenName: "ci",
      scopes: ["read:drafts"],
    });
    expect(await outcome(reader.event.admin.list())).toBe("ok");
  });

  it("refuses a preview link, which reveals the working copy, to a write token without read:drafts", async () => {
    const input = { entityType: "EVENT" as const, id: "any-event-id" };
    const writer = callerFor(db(), users.EDITOR, {
      tokenName: "ci",
      scopes: ["write"],
      previewSecret: "a-preview-secret-of-at-least-32-characters",
    });
    expect(await outcome(writer.preview.createToken(input))).toBe("FORBIDDEN");
    const reader = callerFor(db(), users.EDITOR, {
      tokenName: "ci",
      scopes: ["write", "read:drafts"],
      previewSecret: "a-preview-secret-of-at-least-32-characters",
    });
    expect(await outcome(reader.preview.createToken(input))).not.toBe("FORBIDDEN");
  });
});
