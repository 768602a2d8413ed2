// Every change that writes more than one row runs in one transaction: proven by making its last
// write fail (a trigger installed in this test database only) and finding the database unchanged.
import { Prisma, type Role } from "@kz/db";
import { makeRatingSeries, makeSource, makeUser } from "@kz/db/testing";
import { beforeAll, describe, expect, it } from "vitest";

import { authenticate, MAX_FAILED_LOGINS } from "./auth/login.service";
import { signInLockKey } from "./auth/sign-in-lock";
import { callerFor, eventFormInput, personForm, reportForm } from "./testing/admin-caller";
import { useTestDatabaseWithRoles } from "./testing/database";
import { publishDue } from "./workflow/publish-due";

const { db, as } = useTestDatabaseWithRoles("kz_atomic");

// Counts the write statements of each transaction in a transaction-local setting, logs them, and
// raises on the Nth when armed with a number. Disarmed (no row in "_fault"), it does nothing.
// Rate-limit counters are left out: they are written apart on purpose, so that an attempt that
// fails or is refused still counts.
const FAULT_SQL = [
  `CREATE TABLE "_fault" ("failAt" int)`,
  `CREATE TABLE "_fault_log" (id bigserial PRIMARY KEY, "table" text, op text, n int)`,
  `CREATE FUNCTION "_fault_write"() RETURNS trigger LANGUAGE plpgsql AS $$
   DECLARE armed boolean; fail_at int; n int;
   BEGIN
     SELECT true, f."failAt" INTO armed, fail_at FROM "_fault" f;
     IF armed IS NULL THEN RETURN NULL; END IF;
     n := coalesce(nullif(current_setting('kz_test.writes', true), ''), '0')::int + 1;
     PERFORM set_config('kz_test.writes', n::text, true);
     INSERT INTO "_fault_log" ("table", op, n) VALUES (TG_TABLE_NAME, TG_OP, n);
     IF n >= fail_at THEN
       RAISE EXCEPTION 'injected failure at write % (% on %)', n, TG_OP, TG_TABLE_NAME;
     END IF;
     RETURN NULL;
   END $$`,
  `DO $$ DECLARE t text; BEGIN
     FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
              AND tablename NOT IN ('_prisma_migrations', '_fault', '_fault_log', 'RateLimit') LOOP
       EXECUTE format('CREATE TRIGGER "_fault" AFTER INSERT OR UPDATE OR DELETE ON %I
                       FOR EACH STATEMENT EXECUTE FUNCTION "_fault_write"()', t);
     END LOOP;
   END $$`,
];

async function arm(failAt: number | null): Promise<void> {
  await db().$executeRaw`DELETE FROM "_fault"`;
  await db().$executeRaw`DELETE FROM "_fault_log"`;
  await db().$executeRaw`INSERT INTO "_fault" ("failAt") VALUES (${failAt})`;
}

const disarm = () => db().$executeRaw`DELETE FROM "_fault"`;

/**
 * Row count and a hash of every row, per table: equal fingerprints mean nothing was written (rate-limit
 * counters aside, which count an attempt whatever becomes of it).
 */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await db().$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public'
      AND tablename NOT IN ('_prisma_migrations', '_fault', '_fault_log', 'RateLimit')
    ORDER BY tablename`;
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await db().$queryRawUnsafe<{ n: string; h: string | null }[]>(
      `SELECT count(*)::text AS n, md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) AS h
       FROM "${name}" t`,
    );
    result[name] = `${row!.n}:${row!.h ?? ""}`;
  }
  return result;
}

/** The messages along an error's cause chain. */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(" ← ");
}

beforeAll(async () => {
  for (const statement of FAULT_SQL) await db().$executeRawUnsafe(statement);
});

async function draftEvent() {
  const source = await makeSource(db());
  const created = await as.CONTRIBUTOR.event.admin.create(
    eventFormInput({ citations: [{ sourceId: source.id, locator: "p. 2" }] }),
  );
  const { form } = await as.VIEWER.event.admin.getForEdit({ id: created.id });
  return { id: created.id, form };
}

async function publishedEvent() {
  const draft = await draftEvent();
  await as.EDITOR.event.admin.publish({ id: draft.id, expectedVersion: 1 });
  return draft;
}

async function userCaller(role: Role = "VIEWER") {
  const { user, password } = await makeUser(db(), { role });
  const actor = { id: user.id, email: user.email, name: user.name, role };
  return { user, password, caller: callerFor(db(), actor) };
}

const FUTURE = new Date(Date.now() + 86_400_000);
const CSV = "year,politicalRights,civilLiberties,status,headOfState,rank,score,note";

/** Each case prepares a record in the state the change needs and returns the change to make. */
const CASES: Record<string, () => Promise<() => Promise<unknown>>> = {
  "create an event (row, joins, citation, revision, audit)": async () => {
    const source = await makeSource(db());
    return () =>
      as.CONTRIBUTOR.event.admin.create(
        eventFormInput({ citations: [{ sourceId: source.id, locator: "p. 1" }] }),
      );
  },
  "save a draft": async () => {
    const { id, form } = await draftEvent();
    return () =>
      as.CONTRIBUTOR.event.admin.update({ ...form, id, expectedVersion: 1, title: "Saved" });
  },
  "save a published event (pending changes)": async () => {
    const { id, form } = await publishedEvent();
    return () => as.EDITOR.event.admin.update({ ...form, id, expectedVersion: 2, summary: "New" });
  },
  "publish a draft (status, revision, audit, changes feed)": async () => {
    const { id } = await draftEvent();
    return () => as.EDITOR.event.admin.publish({ id, expectedVersion: 1 });
  },
  "publish pending changes (live columns and joins rewritten)": async () => {
    const { id, form } = await publishedEvent();
    await as.EDITOR.event.admin.update({ ...form, id, expectedVersion: 2, title: "Pending" });
    return () => as.EDITOR.event.admin.publish({ id, expectedVersion: 3 });
  },
  "bulk-publish three drafts": async () => {
    const ids = [(await draftEvent()).id, (await draftEvent()).id, (await draftEvent()).id];
    const items = ids.map((id) => ({ id, expectedVersion: 1 }));
    return () => as.EDITOR.event.admin.bulk({ action: "publish", items });
  },
  "trash a published event": async () => {
    const { id } = await publishedEvent();
    return () => as.EDITOR.event.admin.trash({ id, expectedVersion: 2 });
  },
  "restore a published event from the trash": async () => {
    const { id } = await publishedEvent();
    await as.EDITOR.event.admin.trash({ id, expectedVersion: 2 });
    return () => as.EDITOR.event.admin.restore({ id, expectedVersion: 3 });
  },
  "purge an event (row, joins, revisions, feed, audit)": async () => {
    const { id } = await publishedEvent();
    await as.EDITOR.event.admin.trash({ id, expectedVersion: 2 });
    return () => as.ADMIN.event.admin.purge({ id, expectedVersion: 3 });
  },
  "restore an old revision": async () => {
    const { id, form } = await draftEvent();
    await as.CONTRIBUTOR.event.admin.update({ ...form, id, expectedVersion: 1, title: "Second" });
    const first = await db().revision.findFirstOrThrow({ where: { entityId: id, version: 1 } });
    return () => as.EDITOR.revision.restore({ revisionId: first.id, expectedVersion: 2 });
  },
  "publish due scheduled records (the job)": async () => {
    const { id } = await draftEvent();
    await as.EDITOR.event.admin.schedule({ id, expectedVersion: 1, publishAt: FUTURE });
    return () => publishDue(db(), new Date(FUTURE.getTime() + 1_000));
  },
  "publish a source's changes that published events show (feed entries for them too)": async () => {
    const form = reportForm();
    const source = await as.CONTRIBUTOR.source.admin.create(form);
    await as.EDITOR.source.admin.publish({ id: source.id, expectedVersion: 1 });
    const event = await as.CONTRIBUTOR.event.admin.create(
      eventFormInput({ citations: [{ sourceId: source.id, locator: "p. 9" }] }),
    );
    await as.EDITOR.event.admin.publish({ id: event.id, expectedVersion: 1 });
    await as.EDITOR.source.admin.update({
      ...form,
      id: source.id,
      expectedVersion: 2,
      title: "A renamed report",
    });
    return () => as.EDITOR.source.admin.publish({ id: source.id, expectedVersion: 3 });
  },
  "import ratings from CSV": async () => {
    const series = await makeRatingSeries(db());
    const source = await makeSource(db());
    return () =>
      as.EDITOR.rating.importCommit({
        seriesId: series.id,
        sourceId: source.id,
        csv: `${CSV}\n2023,7,5,Not Free,,,,\n2024,7,4,Not Free,,,,`,
      });
  },
  "publish an actor (row, revision, audit, feed)": async () => {
    const { id } = await as.EDITOR.actor.admin.create(personForm("Someone"));
    return () => as.EDITOR.actor.admin.publish({ id, expectedVersion: 1 });
  },
  "purge an actor": async () => {
    const { id } = await as.EDITOR.actor.admin.create(personForm("Gone"));
    await as.EDITOR.actor.admin.trash({ id, expectedVersion: 1 });
    return () => as.ADMIN.actor.admin.purge({ id, expectedVersion: 2 });
  },
  "create a user": async () => () =>
    as.ADMIN.user.create({
      email: `new-${Math.random().toString(36).slice(2)}@example.org`,
      name: "New",
      role: "VIEWER",
    }),
  "deactivate a user": async () => {
    const { user } = await userCaller();
    return () => as.ADMIN.user.deactivate({ id: user.id });
  },
  "reset a user's password": async () => {
    const { user } = await userCaller();
    return () => as.ADMIN.user.resetPassword({ id: user.id });
  },
  "change one's own password": async () => {
    const { caller, password } = await userCaller();
    return () =>
      caller.me.changePassword({ currentPassword: password, newPassword: `${password}-new!` });
  },
  "create an API token": async () => {
    const { caller } = await userCaller();
    return () => caller.token.create({ name: "partner", scopes: [] });
  },
  "revoke an API token": async () => {
    const { caller } = await userCaller();
    const { id } = await caller.token.create({ name: "partner", scopes: [] });
    return () => caller.token.revoke({ id });
  },
  "sign in (counters reset, audit line)": async () => {
    const { user, password } = await makeUser(db());
    await db().signInLock.create({
      data: { key: signInLockKey(user.email, null), userId: user.id, failedCount: 2 },
    });
    return () => expectOk(authenticate(db(), { email: user.email, password }, null));
  },
  "a failed sign-in that locks the account": async () => {
    const { user } = await makeUser(db());
    await db().signInLock.create({
      data: {
        key: signInLockKey(user.email, null),
        userId: user.id,
        failedCount: MAX_FAILED_LOGINS - 1,
      },
    });
    return () =>
      expectRefused(authenticate(db(), { email: user.email, password: "wrong password" }, null));
  },
};

async function expectOk(result: Promise<{ ok: boolean }>) {
  expect(await result).toMatchObject({ ok: true });
}

async function expectRefused(result: Promise<{ ok: boolean; reason?: string }>) {
  expect(await result).toMatchObject({ ok: false, reason: "invalid" });
}

describe("every multi-row change runs in one transaction", () => {
  it.each(Object.keys(CASES))("%s", async (name) => {
    // A dry run on one record counts the change's writes, and the transactions they ran in.
    const dryRun = await CASES[name]!();
    await arm(null);
    await dryRun().finally(disarm);
    const log = await db().$queryRaw<{ table: string; n: number }[]>`
      SELECT "table", n FROM "_fault_log" ORDER BY id`;
    const transactions = log.filter((w) => w.n === 1).length;
    expect(log.length, "the change writes more than one row").toBeGreaterThan(1);
    expect(transactions, `writes: ${log.map((w) => `${w.n}:${w.table}`).join(", ")}`).toBe(1);

    // The same change on a twin record, with its transaction's last write made to fail.
    const run = await CASES[name]!();
    const lastWrite = Math.max(...log.map((w) => w.n));
    const before = await fingerprint();
    await arm(lastWrite);
    const error = await run().then(
      () => null,
      (e: unknown) => e,
    );
    await disarm();
    expect(messages(error)).toMatch(/injected failure/);
    expect(await fingerprint()).toEqual(before);
  });
});

describe("the fault injection itself", () => {
  it("fails a write outside any change, so a passing case above means something", async () => {
    await arm(1);
    const error = await db()
      .auditLog.create({ data: { actorLabel: "probe", action: "probe" } })
      .then(
        () => null,
        (e: unknown) => e,
      );
    await disarm();
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect(messages(error)).toMatch(/injected failure at write 1 \(INSERT on AuditLog\)/);
  });
});
