import { createHash } from "node:crypto";

import type { User } from "@kz/db";
import { makeUser } from "@kz/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import type { CurrentUser } from "../current-user";
import { callerFor, currentUserOf, type CallerOptions } from "../testing/admin-caller";
import { useTestDatabase } from "../testing/database";
import { expectBadRequest } from "../testing/public-caller";
import type { TokenScope } from "./scopes";
import { TOKEN_DEFAULT_LIFETIME_DAYS, TOKEN_MAX_LIFETIME_DAYS } from "./token.schema";
import {
  authenticateToken,
  createToken,
  LAST_USED_RESOLUTION_MS,
  pendingTokenNotices,
} from "./token.service";

const db = useTestDatabase();

const callerAs = (actor: CurrentUser | null, extra: CallerOptions = {}) =>
  callerFor(db(), actor, { ip: "192.0.2.4", ...extra });
const codeOf = (call: Promise<unknown>) =>
  call.then(
    () => "ok",
    (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
  );

const NOW = new Date("2026-05-01T09:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

async function tokenFor(
  role: CurrentUser["role"],
  scopes: TokenScope[],
  expiresAt?: Date,
): Promise<{ owner: User; token: string; id: string }> {
  const { user: owner } = await makeUser(db(), { role });
  const created = await createToken(
    db(),
    { name: `token of ${role}`, scopes, expiresAt },
    currentUserOf(owner),
    { ip: null },
    NOW,
  );
  return { owner, token: created.token, id: created.id };
}

describe("token.create and token.list", () => {
  it("shows the secret once and stores only its SHA-256 and prefix", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const caller = callerAs(currentUserOf(user));
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
      revokedAt: null,
      revokedReason: null,
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
    await callerAs(currentUserOf(a)).token.create({ name: "first", scopes: [] });
    await callerAs(currentUserOf(a)).token.create({ name: "second", scopes: ["read:drafts"] });
    await callerAs(currentUserOf(b)).token.create({ name: "b's", scopes: [] });
    expect((await callerAs(currentUserOf(a)).token.list()).map((t) => t.name)).toEqual([
      "second",
      "first",
    ]);
  });

  it("refuses an expiry in the past, and write for a viewer", async () => {
    const { user: viewer } = await makeUser(db(), { role: "VIEWER" });
    const caller = callerAs(currentUserOf(viewer));
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
    const caller = callerAs(currentUserOf(user));
    const { id, token } = await caller.token.create({ name: "to revoke", scopes: ["write"] });

    expect(await codeOf(callerAs(currentUserOf(other)).token.revoke({ id }))).toBe("NOT_FOUND");
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
    const viaToken = callerAs(auth!.user, { tokenName: auth!.tokenName, scopes: auth!.scopes });
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
      user: currentUserOf(owner),
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

  // Only the flag, as a direct database change would set it; user.deactivate also revokes the tokens.
  it("refuses every token of an inactive owner while the flag is off", async () => {
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
    expect(auth?.user.role).toBe(effective);
    expect(auth?.scopes).toEqual([...scopes]);
  });

  it("a read-only token of an admin is FORBIDDEN from admin procedures; with write it is let in", async () => {
    for (const [scopes, expected] of [
      [["read:drafts"], "FORBIDDEN"],
      [["write"], "ok"],
    ] as const) {
      const { token } = await tokenFor("ADMIN", [...scopes]);
      const auth = (await authenticateToken(db(), token, NOW))!;
      const caller = callerAs(auth.user, { tokenName: auth.tokenName, scopes: auth.scopes });
      expect(await codeOf(caller.audit.list())).toBe(expected);
    }
  });
});

const DAY = 24 * 60 * 60 * 1000;

describe("every token expires", () => {
  it("lives 90 days unless told otherwise, and at most a year", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const before = Date.now();
    const made = await callerAs(currentUserOf(user)).token.create({ name: "default", scopes: [] });
    const lifetime = made.expiresAt.getTime() - before;
    expect(lifetime).toBeGreaterThanOrEqual(TOKEN_DEFAULT_LIFETIME_DAYS * DAY - 5_000);
    expect(lifetime).toBeLessThanOrEqual(TOKEN_DEFAULT_LIFETIME_DAYS * DAY + 5_000);

    const atMost = new Date(NOW.getTime() + TOKEN_MAX_LIFETIME_DAYS * DAY);
    const longest = await createToken(
      db(),
      { name: "a year", scopes: [], expiresAt: atMost },
      currentUserOf(user),
      { ip: null },
      NOW,
    );
    expect(longest.expiresAt).toEqual(atMost);
    const tooLong = createToken(
      db(),
      { name: "forever", scopes: [], expiresAt: new Date(atMost.getTime() + 1) },
      currentUserOf(user),
      { ip: null },
      NOW,
    );
    await expect(tooLong).rejects.toMatchObject({
      message: `A token lives at most ${TOKEN_MAX_LIFETIME_DAYS} days: pick an earlier expiry`,
      details: { fieldErrors: { expiresAt: [expect.stringContaining("at most")] } },
    });
    expect(await db().apiToken.count({ where: { userId: user.id, name: "forever" } })).toBe(0);
  });
});

describe("a token does not outlive the password that made it", () => {
  it("changing your password revokes every token of yours, and says how many", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    const caller = callerAs(currentUserOf(user));
    const stolen = await caller.token.create({ name: "from a stolen session", scopes: ["write"] });
    const mine = await caller.token.create({ name: "my script", scopes: ["read:drafts"] });
    expect(await authenticateToken(db(), stolen.token)).not.toBeNull();

    const result = await caller.me.changePassword({
      currentPassword: password,
      newPassword: "a brand new long passphrase",
    });
    expect(result.tokensRevoked).toBe(2);
    expect(await authenticateToken(db(), stolen.token)).toBeNull();
    expect(await authenticateToken(db(), mine.token)).toBeNull();
    const rows = await db().apiToken.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.revokedReason)).toEqual(["password-change", "password-change"]);
    const entry = await db().auditLog.findFirstOrThrow({
      where: { action: "user.password.change", entityId: user.id },
    });
    expect(entry.details).toEqual({ tokensRevoked: 2, sessionsEnded: 0 });
  });

  it("an admin's password reset revokes the user's tokens", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const { user: admin } = await makeUser(db(), { role: "ADMIN" });
    const { token } = await callerAs(currentUserOf(user)).token.create({ name: "t", scopes: [] });
    const reset = await callerAs(currentUserOf(admin)).user.resetPassword({ id: user.id });
    expect(reset.tokensRevoked).toBe(1);
    expect(await authenticateToken(db(), token)).toBeNull();
  });

  it("deactivation revokes them for good: activating the account does not bring them back", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const { user: admin } = await makeUser(db(), { role: "ADMIN" });
    const { token, id } = await callerAs(currentUserOf(user)).token.create({
      name: "t",
      scopes: [],
    });
    const asAdmin = callerAs(currentUserOf(admin));
    await asAdmin.user.deactivate({ id: user.id });
    await asAdmin.user.activate({ id: user.id });
    expect(await authenticateToken(db(), token)).toBeNull();
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).revokedReason).toBe(
      "deactivated",
    );
  });

  it("leaves other users' tokens alone", async () => {
    const { user, password } = await makeUser(db(), { role: "EDITOR" });
    const { user: other } = await makeUser(db(), { role: "EDITOR" });
    const theirs = await callerAs(currentUserOf(other)).token.create({
      name: "theirs",
      scopes: [],
    });
    await callerAs(currentUserOf(user)).me.changePassword({
      currentPassword: password,
      newPassword: "another long passphrase",
    });
    expect(await authenticateToken(db(), theirs.token)).not.toBeNull();
  });
});

describe("admins see and revoke every user's tokens", () => {
  it("lists working tokens with their owners, and revokes another user's token", async () => {
    const { user: owner } = await makeUser(db(), { role: "CONTRIBUTOR" });
    const { user: admin } = await makeUser(db(), { role: "ADMIN" });
    const made = await callerAs(currentUserOf(owner)).token.create({ name: "nightly", scopes: [] });
    const asAdmin = callerAs(currentUserOf(admin));

    const listed = await asAdmin.token.admin.list({ userId: owner.id });
    expect(listed.total).toBe(1);
    expect(listed.items[0]).toMatchObject({
      id: made.id,
      name: "nightly",
      owner: { id: owner.id, email: owner.email },
    });
    expect(JSON.stringify(listed)).not.toContain(made.token);

    const revoked = await asAdmin.token.admin.revoke({ id: made.id });
    expect(revoked).toMatchObject({ revokedReason: "admin", owner: { id: owner.id } });
    expect(await authenticateToken(db(), made.token)).toBeNull();
    expect((await asAdmin.token.admin.list({ userId: owner.id })).items).toEqual([]);
    expect(
      (await asAdmin.token.admin.list({ userId: owner.id, state: "all" })).items.map((t) => t.id),
    ).toEqual([made.id]);
    const entry = await db().auditLog.findFirstOrThrow({
      where: { action: "token.revoke", entityId: made.id },
    });
    expect(entry).toMatchObject({ actorId: admin.id });
    expect(entry.details).toMatchObject({ ownerId: owner.id, reason: "admin" });
  });

  it("is for admins only", async () => {
    const { user: editor } = await makeUser(db(), { role: "EDITOR" });
    const { user: owner } = await makeUser(db(), { role: "EDITOR" });
    const { id } = await callerAs(currentUserOf(owner)).token.create({ name: "x", scopes: [] });
    expect(await codeOf(callerAs(currentUserOf(editor)).token.admin.list({}))).toBe("FORBIDDEN");
    expect(await codeOf(callerAs(currentUserOf(editor)).token.admin.revoke({ id }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(callerAs(currentUserOf(editor)).token.revoke({ id }))).toBe("NOT_FOUND");
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });
});

describe("the owner is told of each new token on their next sign-in", () => {
  it("shows tokens made before this session signed in, until the owner dismisses them", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const caller = callerAs(currentUserOf(user));
    const signedInBefore = new Date(Date.now() - 60_000);
    const made = await caller.token.create({ name: "made elsewhere", scopes: ["write"] });

    // The session that made it (signed in before) is not told of its own token …
    expect(await pendingTokenNotices(db(), user.id, signedInBefore)).toEqual([]);
    // … the next sign-in is.
    const nextSignIn = new Date(Date.now() + 1_000);
    const notices = await pendingTokenNotices(db(), user.id, nextSignIn);
    expect(notices.map((t) => t.id)).toEqual([made.id]);

    // Another user cannot dismiss it for them.
    const { user: other } = await makeUser(db(), { role: "EDITOR" });
    expect(await callerAs(currentUserOf(other)).token.dismissNotices({ ids: [made.id] })).toEqual({
      dismissed: 0,
    });
    expect(await pendingTokenNotices(db(), user.id, nextSignIn)).toHaveLength(1);

    expect(await caller.token.dismissNotices({ ids: [made.id] })).toEqual({ dismissed: 1 });
    expect(await pendingTokenNotices(db(), user.id, nextSignIn)).toEqual([]);
  });

  it("does not announce a token that was revoked meanwhile", async () => {
    const { user } = await makeUser(db(), { role: "EDITOR" });
    const caller = callerAs(currentUserOf(user));
    const { id } = await caller.token.create({ name: "gone", scopes: [] });
    await caller.token.revoke({ id });
    expect(await pendingTokenNotices(db(), user.id, new Date(Date.now() + 1_000))).toEqual([]);
  });
});
