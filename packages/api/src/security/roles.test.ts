import { describe, expect, it } from "vitest";

import { Role } from "@kz/db";

import { COLLECTIONS } from "../collections";
import { accessOf } from "../docs/access-of";
import { ACCESS_LABELS } from "../docs/catalog";
import type { ProcedureAccess } from "./access";
import { expectedOutcome } from "./access-table";
import { COLLECTION_ACCESS, roleMayCall } from "./roles";

// Every access level (ACCESS_LABELS is keyed by all of them) and every role.
const ACCESS_LEVELS = Object.keys(ACCESS_LABELS) as ProcedureAccess[];
const ROLES = Object.values(Role);

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
