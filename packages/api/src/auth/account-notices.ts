// What changed on one's account since one last looked: sign-ins from a device not seen before,
// second-factor and passkey changes (new API tokens have their own notice: token.service.ts). Read from the session rows and the audit log (no
// store of its own); dismissing moves the user's `noticesSeenAt` forward.
import type { Db } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { writeAudit, type RequestOrigin } from "../audit/audit.service";
import { accountAudit } from "./account-audit";
import type { AccountNoticeOutput } from "./auth.schema";

/** Audit actions on a user that they should hear of, and how to say each. */
const AUDITED: Record<string, { kind: AccountNoticeOutput["kind"]; text: string }> = {
  "user.twoFactor.enrol": { kind: "second-factor", text: "Two-factor sign-in was turned on" },
  "user.twoFactor.disable": { kind: "second-factor", text: "Two-factor sign-in was turned off" },
  "user.twoFactor.recoveryCodes": { kind: "second-factor", text: "New recovery codes were made" },
  "user.twoFactor.reset": {
    kind: "second-factor",
    text: "An administrator removed your second factors",
  },
  "passkey.register": { kind: "second-factor", text: "A passkey was added" },
  "passkey.remove": { kind: "second-factor", text: "A passkey was removed" },
};

const deviceOf = (ua: string | null, ip: string | null) =>
  `${ua ?? "an unknown browser"}${ip ? ` (${ip})` : ""}`;

/** Notices since the user last dismissed them (or since the account was made), newest first. */
export async function accountNotices(db: Db, actor: CurrentUser): Promise<AccountNoticeOutput[]> {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: { createdAt: true, noticesSeenAt: true },
  });
  if (!user) return [];
  const since = user.noticesSeenAt ?? user.createdAt;
  const [sessions, audits] = await Promise.all([
    db.userSession.findMany({
      where: { userId: actor.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, createdAt: true, userAgent: true, ip: true },
    }),
    db.auditLog.findMany({
      where: {
        entityType: "USER",
        entityId: actor.id,
        action: { in: Object.keys(AUDITED) },
        createdAt: { gt: since },
      },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
  ]);
  // A device is its browser's user agent: a sign-in from one no earlier session had is new.
  const seen = new Set<string | null>();
  const newDevices: AccountNoticeOutput[] = [];
  for (const s of sessions) {
    const isNew = seen.size > 0 && !seen.has(s.userAgent);
    seen.add(s.userAgent);
    if (isNew && s.createdAt > since && s.id !== actor.sessionId) {
      newDevices.push({
        kind: "new-device",
        at: s.createdAt,
        text: `A sign-in from a new device: ${deviceOf(s.userAgent, s.ip)}`,
      });
    }
  }
  const changes = audits.map((a) => ({ ...AUDITED[a.action]!, at: a.createdAt }));
  return [...newDevices, ...changes].sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** The user has read the notices: those up to now are not shown again. */
export async function dismissAccountNotices(
  db: Db,
  actor: CurrentUser,
  origin: RequestOrigin,
  now: Date = new Date(),
): Promise<{ dismissed: true }> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { noticesSeenAt: now } });
    await writeAudit(tx, {
      ...accountAudit(actor, origin, actor.id),
      action: "user.notices.dismiss",
    });
  });
  return { dismissed: true };
}
