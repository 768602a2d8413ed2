import { describe, expect, it } from "vitest";

import { COLLECTIONS } from "../collections";
import { accessOf } from "../docs/access-of";
import type { ProcedureAccess } from "./access";
import { expectedOutcome } from "./access-table";
import { COLLECTION_ACCESS, roleMayCall } from "./roles";

const ACCESS_LEVELS: ProcedureAccess[] = [
  "public",
  "drafts",
  "viewer",
  "contributor",
  "contributorDrafts",
  "editor",
  "admin",
  "session",
  "sessionAdmin",
];
const ROLES = ["VIEWER", "CONTRIBUTOR", "EDITOR", "ADMIN"] as const;

describe("roleMayCall, which the admin hides buttons by", () => {
  it.each(ACCESS_LEVELS)(
    "agrees with the authorisation matrix for a signed-in user: %s",
    (access) => {
      const seen = ROLES.map((role) => roleMayCall(role, access));
      const matrix = ROLES.map((role) => expectedOutcome(access, role) === "ok");
      expect(seen).toEqual(matrix);
    },
  );
});

describe("COLLECTION_ACCESS", () => {
  it("is what every collection's procedures declare", () => {
    for (const c of COLLECTIONS)
      for (const [name, access] of Object.entries(COLLECTION_ACCESS)) {
        const path = name === "restoreRevision" ? "revision.restore" : `${c.noun}.admin.${name}`;
        expect(accessOf(path), path).toBe(access);
      }
  });
});
