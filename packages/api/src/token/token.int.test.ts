import { createHash } from "node:crypto";

import type { User } from "@kz/db";
import { createTestDatabase, makeUser, type TestDatabase } from "@kz/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "../actor";
import { createContext, type Context } from "../context";
import { createCaller } from "../root";
import { expectBadRequest } from "../testing/public-caller";
import type { TokenScope } from "./scopes";
import { authenticateToken, createToken, LAST_USED_RESOLUTION_MS } from "./token.service";

let database: TestDatabase;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

const actorOf = (u: User): Actor => ({ id: u.id, email: u.email, name: u.name, role: u.role });
const callerAs = (actor: Actor | null, extra: Partial<Context> = {}) =>
  createCaller(
    createContext({ db: db(), actor, siteUrl: "http://localhost", ip: "192.0.2.4", ...extra }),
  );
const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "ok",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

const NOW = new Date("2026-05-01T09:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

async function tokenFor(
  role: Actor["role"],
  scopes: TokenScope[],
  expiresAt?: Date,
): Promise<{ owner: User; token: string; id: string }> {
  const { user: owner } = await makeUser(db(), { role });
  const created = await createToken(
    db(),
    { name: `token of ${role}`, scopes, expiresAt },
    actorOf(owner),
    { ip: null },
    NOW,
  );
  return { owner, token: created.token, id: created.id };
}

describe("token.create and token.list", () => {
  it("shows the secret once and stores only its SHA-256 and prefix", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const caller = callerAs(actorOf(user));
    const created = await caller.token.create({
      name: "mirror script",
      scopes: ["write", "read:drafts", "write"],
    });
    const match = /^kzr_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(created.token);
    expect(match).not.toBeNull();
    const [, prefix, secret] = match as unknown as [string, string, string];
    expect(created).toMatchObject({
      name: "mirror script",
      prefix,
      scopes: ["read:drafts", "write"],
      expiresAt: null,
      revokedAt: null,
      lastUsedAt: null,
    });

    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(secret);

    const listed = await caller.token.list();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: created.id, prefix, name: "mirror script" });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed[0]).not.toHaveProperty("token");

    const entry = await db().auditLog.findFirstOrThrow({
      where: { action: "token.create", entityId: created.id },
    });
    expect(entry).toMatchObject({ actorId: user.id, entityType: "API_TOKEN", ip: "192.0.2.4" });
    expect(JSON.stringify(entry.details)).not.toContain(secret);
  });

  it("lists only the caller's own tokens, newest first", async () => {
    const { user: a } = await makeUser(db(), { role: "CONTRIBUTOR" });
    const { user: b } = await makeUser(db(), { role: "CONTRIBUTOR" });
    await callerAs(actorOf(a)).token.create({ name: "first", scopes: [] });
    await callerAs(actorOf(a)).token.create({ name: "second", scopes: ["read:drafts"] });
    await callerAs(actorOf(b)).token.create({ name: "b's", scopes: [] });
    expect((await callerAs(actorOf(a)).token.list()).map((t) => t.name)).toEqual([
      "second",
      "first",
    ]);
  });

  it("refuses an expiry in the past, and write for a viewer", async () => {
    const { user: viewer } = await makeUser(db(), { role: "VIEWER" });
    const caller = callerAs(actorOf(viewer));
    await expectBadRequest(
      caller.token.create({ name: "x", scopes: [], expiresAt: new Date(Date.now() - 1000) }),
      "expiresAt",
    );
    await expectBadRequest(caller.token.create({ name: "x", scopes: ["write"] }), "scopes");
    await expectBadRequest(caller.token.create({ name: " ", scopes: [] }), "name");
    await expect(caller.token.create({ name: "reader", scopes: ["read:drafts"] })).resolves.toEqual(
      expect.objectContaining({ scopes: ["read:drafts"] }),
    );
  });
});

describe("token.revoke", () => {
  it("revokes the caller's token once, and cannot see another user's", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const { user: other } = await makeUser(db(), { role: "ADMIN" });
    const caller = callerAs(actorOf(user));
    const { id, token } = await caller.token.create({ name: "to revoke", scopes: ["write"] });

    expect(await codeOf(callerAs(actorOf(other)).token.revoke({ id }))).toBe("NOT_FOUND");
    expect(await authenticateToken(db(), token)).not.toBeNull();

    const revoked = await caller.token.revoke({ id });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
    expect((await caller.token.revoke({ id })).revokedAt).toEqual(revoked.revokedAt);
    expect(await authenticateToken(db(), token)).toBeNull();
    expect(await db().auditLog.count({ where: { action: "token.revoke", entityId: id } })).toBe(1);
  });
});

describe("who may manage tokens", () => {
  it("needs a signed-in session: anonymous UNAUTHORIZED, a token FORBIDDEN", async () => {
    expect(await codeOf(callerAs(null).token.list())).toBe("UNAUTHORIZED");
    expect(await codeOf(callerAs(null).token.create({ name: "x", scopes: [] }))).toBe(
      "UNAUTHORIZED",
    );
    expect(await codeOf(callerAs(null).token.revoke({ id: "x" }))).toBe("UNAUTHORIZED");

    const { owner, token } = await tokenFor("ADMIN", ["write", "read:drafts"]);
    const auth = await authenticateToken(db(), token, NOW);
    expect(auth).not.toBeNull();
    const viaToken = callerAs(auth!.actor, { tokenName: auth!.tokenName, scopes: auth!.scopes });
    expect(await codeOf(viaToken.token.list())).toBe("FORBIDDEN");
    expect(await codeOf(viaToken.token.create({ name: "child", scopes: ["write"] }))).toBe(
      "FORBIDDEN",
    );
    expect(await db().apiToken.count({ where: { userId: owner.id } })).toBe(1);
  });
});

describe("authenticateToken", () => {
  it("accepts a valid token, with or without 'Bearer ', as its owner with the token's name", async () => {
    const { owner, token, id } = await tokenFor("EDITOR", ["read:drafts", "write"]);
    const expected = {
      tokenId: id,
      actor: actorOf(owner),
      scopes: ["read:drafts", "write"],
      tokenName: "token of EDITOR",
    };
    expect(await authenticateToken(db(), token, NOW)).toEqual(expected);
    expect(await authenticateToken(db(), `Bearer ${token}`, NOW)).toEqual(expected);
  });

  it("refuses a wrong secret, a malformed token and an unknown prefix", async () => {
    const { token } = await tokenFor("EDITOR", ["write"]);
    const wrongSecret = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await authenticateToken(db(), wrongSecret, NOW)).toBeNull();
    expect(await authenticateToken(db(), token.replace("kzr_", "kzx_"), NOW)).toBeNull();
    expect(await authenticateToken(db(), `kzr_000000000000_${"a".repeat(43)}`, NOW)).toBeNull();
    expect(await authenticateToken(db(), "", NOW)).toBeNull();
    expect(await authenticateToken(db(), `${token}x`, NOW)).toBeNull();
  });

  it("refuses an expired token from the moment it expires", async () => {
    const { token } = await tokenFor("EDITOR", ["write"], later(3_600_000));
    expect(await authenticateToken(db(), token, later(3_599_999))).not.toBeNull();
    expect(await authenticateToken(db(), token, later(3_600_000))).toBeNull();
  });

  it("refuses a revoked token", async () => {
    const { token, id } = await tokenFor("EDITOR", ["write"]);
    await db().apiToken.update({ where: { id }, data: { revokedAt: NOW } });
    expect(await authenticateToken(db(), token, NOW)).toBeNull();
  });

  it("refuses every token of a deactivated owner, and accepts them again on reactivation", async () => {
    const { owner, token } = await tokenFor("EDITOR", ["write"]);
    await db().user.update({ where: { id: owner.id }, data: { active: false } });
    expect(await authenticateToken(db(), token, NOW)).toBeNull();
    await db().user.update({ where: { id: owner.id }, data: { active: true } });
    expect(await authenticateToken(db(), token, NOW)).not.toBeNull();
  });

  it("writes lastUsedAt at most once a minute", async () => {
    const { token, id } = await tokenFor("VIEWER", []);
    const lastUsed = async () =>
      (await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;

    await authenticateToken(db(), token, NOW);
    expect(await lastUsed()).toEqual(NOW);
    await authenticateToken(db(), token, later(LAST_USED_RESOLUTION_MS - 1));
    expect(await lastUsed()).toEqual(NOW);
    await Promise.all(
      [0, 1, 2].map(() => authenticateToken(db(), token, later(LAST_USED_RESOLUTION_MS))),
    );
    expect(await lastUsed()).toEqual(later(LAST_USED_RESOLUTION_MS));
  });

  it.each([
    ["ADMIN", [], "VIEWER"],
    ["ADMIN", ["read:drafts"], "VIEWER"],
    ["ADMIN", ["write"], "ADMIN"],
    ["EDITOR", ["read:drafts", "write"], "EDITOR"],
    ["CONTRIBUTOR", ["write"], "CONTRIBUTOR"],
    ["EDITOR", [], "VIEWER"],
  ] as const)("narrows a %s with scopes %j to %s", async (role, scopes, effective) => {
    const { token } = await tokenFor(role, [...scopes]);
    const auth = await authenticateToken(db(), token, NOW);
    expect(auth?.actor.role).toBe(effective);
    expect(auth?.scopes).toEqual([...scopes]);
  });

  it("a read-only token of an admin is FORBIDDEN from admin procedures; with write it is let in", async () => {
    for (const [scopes, expected] of [
      [["read:drafts"], "FORBIDDEN"],
      [["write"], "ok"],
    ] as const) {
      const { token } = await tokenFor("ADMIN", [...scopes]);
      const auth = (await authenticateToken(db(), token, NOW))!;
      const caller = callerAs(auth.actor, { tokenName: auth.tokenName, scopes: auth.scopes });
      expect(await codeOf(caller.audit.list())).toBe(expected);
    }
  });
});
