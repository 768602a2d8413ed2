import { describe, expect, it } from "vitest";

import type { CurrentUser } from "../current-user";
import { auditActor } from "../audit/audit.service";
import { canReadDrafts, effectiveUser } from "./scopes";

const owner = (role: CurrentUser["role"]): CurrentUser => ({
  id: "u1",
  email: "owner@example.org",
  name: "Owner",
  role,
});

describe("effectiveUser", () => {
  it.each(["ADMIN", "EDITOR", "CONTRIBUTOR", "VIEWER"] as const)(
    "narrows a %s to VIEWER without the write scope",
    (role) => {
      expect(effectiveUser(owner(role), []).role).toBe("VIEWER");
      expect(effectiveUser(owner(role), ["read:drafts"]).role).toBe("VIEWER");
    },
  );

  it.each(["ADMIN", "EDITOR", "CONTRIBUTOR", "VIEWER"] as const)(
    "keeps a %s's own role with write, never more",
    (role) => {
      expect(effectiveUser(owner(role), ["write"]).role).toBe(role);
      expect(effectiveUser(owner(role), ["read:drafts", "write"]).role).toBe(role);
    },
  );

  it("keeps the owner's identity", () => {
    expect(effectiveUser(owner("EDITOR"), [])).toEqual({ ...owner("EDITOR"), role: "VIEWER" });
  });

  it("ignores scopes it does not know", () => {
    expect(effectiveUser(owner("ADMIN"), ["admin", "WRITE"]).role).toBe("VIEWER");
  });
});

describe("canReadDrafts", () => {
  it("lets any session read drafts, a token only with read:drafts, and nobody anonymous", () => {
    expect(canReadDrafts({ user: owner("VIEWER") })).toBe(true);
    expect(canReadDrafts({ user: owner("ADMIN"), scopes: ["write"] })).toBe(false);
    expect(canReadDrafts({ user: owner("VIEWER"), scopes: ["read:drafts"] })).toBe(true);
    expect(canReadDrafts({ user: null })).toBe(false);
  });
});

describe("auditActor", () => {
  it("labels a session's changes by email and a token's by its name", () => {
    expect(auditActor(owner("EDITOR"), { ip: "10.0.0.9" })).toEqual({
      actorId: "u1",
      actorLabel: "owner@example.org",
      ip: "10.0.0.9",
    });
    expect(auditActor(owner("EDITOR"), { ip: null, tokenName: "nightly import" })).toEqual({
      actorId: "u1",
      actorLabel: "token:nightly import",
      ip: null,
    });
  });
});
