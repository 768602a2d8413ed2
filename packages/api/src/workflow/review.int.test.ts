// Review hand-offs through the collections' own procedures: submit to a chosen editor or any,
// the inbox, changes requested with a note, refused reviewers.
import { makeUser } from "@kz/db/testing";
import { describe, expect, it } from "vitest";

import { callerFor, currentUserOf, failure } from "../testing/admin-caller";
import { COLLECTION_SAMPLES } from "../testing/collection-samples";
import { useTestDatabaseWithRoles } from "../testing/database";

const { db, users, as } = useTestDatabaseWithRoles();

async function callerAs(role: "CONTRIBUTOR" | "EDITOR") {
  const { user } = await makeUser(db(), { role });
  return { user, caller: callerFor(db(), currentUserOf(user)) };
}

/** A new topic draft by the role table's contributor. */
async function draft() {
  const { form } = await COLLECTION_SAMPLES.TOPIC(db());
  return as.CONTRIBUTOR.topic.admin.create(form as never);
}

const idsOf = (items: { id: string }[]) => items.map((i) => i.id);

describe("review hand-offs", () => {
  it("puts a record submitted to a chosen editor in their inbox only", async () => {
    const reviewer = await callerAs("EDITOR");
    const otherContributor = await callerAs("CONTRIBUTOR");
    const r = await draft();
    const submitted = await as.CONTRIBUTOR.topic.admin.submit({
      id: r.id,
      expectedVersion: r.version,
      reviewerId: reviewer.user.id,
    });
    expect(submitted.status).toBe("IN_REVIEW");

    const theirs = await reviewer.caller.review.inbox();
    const item = theirs.waiting.find((i) => i.id === r.id);
    expect(item).toMatchObject({
      entityType: "TOPIC",
      state: "REQUESTED",
      askedOfMe: true,
      requestedBy: users.CONTRIBUTOR.name,
      requestedFrom: reviewer.user.name,
    });
    expect(item?.title).toMatch(/^Topic /);
    // Asked of someone else by name: not in another editor's inbox, nor any contributor's.
    expect(idsOf((await as.EDITOR.review.inbox()).waiting)).not.toContain(r.id);
    expect(idsOf((await otherContributor.caller.review.inbox()).waiting)).not.toContain(r.id);
    expect(idsOf((await as.CONTRIBUTOR.review.inbox()).waiting)).not.toContain(r.id);

    const [audit] = await db().auditLog.findMany({
      where: { entityId: r.id, action: "topic.submit" },
    });
    expect(audit?.details).toMatchObject({
      reviewer: reviewer.user.email,
      reviewerId: reviewer.user.id,
    });
  });

  it("asks any editor when no one is chosen: every editor and admin sees it, no contributor", async () => {
    const r = await draft();
    await as.CONTRIBUTOR.topic.admin.submit({ id: r.id, expectedVersion: r.version });
    for (const role of ["EDITOR", "ADMIN"] as const) {
      const item = (await as[role].review.inbox()).waiting.find((i) => i.id === r.id);
      expect(item).toMatchObject({ askedOfMe: false, requestedFrom: null });
    }
    const someone = await callerAs("CONTRIBUTOR");
    expect(idsOf((await someone.caller.review.inbox()).waiting)).not.toContain(r.id);
  });

  it("sends a record back to draft with the note, into its author's inbox and onto its page", async () => {
    const r = await draft();
    const submitted = await as.CONTRIBUTOR.topic.admin.submit({
      id: r.id,
      expectedVersion: r.version,
      reviewerId: users.EDITOR.id,
    });
    const back = await as.EDITOR.topic.admin.requestChanges({
      id: r.id,
      expectedVersion: submitted.version,
      note: "Cite the 2019 report for the second paragraph",
    });
    expect(back.status).toBe("DRAFT");

    expect(idsOf((await as.EDITOR.review.inbox()).waiting)).not.toContain(r.id);
    const mine = (await as.CONTRIBUTOR.review.inbox()).changesRequested.find((i) => i.id === r.id);
    expect(mine).toMatchObject({
      state: "CHANGES_REQUESTED",
      note: "Cite the 2019 report for the second paragraph",
      reviewedBy: users.EDITOR.name,
    });
    // Not in anyone else's inbox.
    const someone = await callerAs("CONTRIBUTOR");
    expect(idsOf((await someone.caller.review.inbox()).changesRequested)).not.toContain(r.id);
    expect(await as.CONTRIBUTOR.review.ofRecord({ entityType: "TOPIC", id: r.id })).toMatchObject({
      state: "CHANGES_REQUESTED",
      note: "Cite the 2019 report for the second paragraph",
    });
    const [audit] = await db().auditLog.findMany({
      where: { entityId: r.id, action: "topic.requestChanges" },
    });
    expect(audit?.details).toMatchObject({
      note: "Cite the 2019 report for the second paragraph",
      authorId: users.CONTRIBUTOR.id,
    });

    // Submitted again, then published: the hand-off is over.
    const again = await as.CONTRIBUTOR.topic.admin.submit({
      id: r.id,
      expectedVersion: back.version,
    });
    expect(idsOf((await as.CONTRIBUTOR.review.inbox()).changesRequested)).not.toContain(r.id);
    await as.EDITOR.topic.admin.publish({ id: r.id, expectedVersion: again.version });
    expect(await as.EDITOR.review.ofRecord({ entityType: "TOPIC", id: r.id })).toBeNull();
    expect(idsOf((await as.EDITOR.review.inbox()).waiting)).not.toContain(r.id);
    expect(await db().reviewRequest.count({ where: { entityId: r.id } })).toBe(0);
  });

  it("refuses a reviewer who cannot review, saying why, and changes nothing", async () => {
    const r = await draft();
    const inactive = await makeUser(db(), { role: "EDITOR", active: false });
    const cases = [
      [users.CONTRIBUTOR.id, /is a contributor and cannot review: choose an editor or an admin/],
      [users.VIEWER.id, /is a viewer and cannot review/],
      ["no-such-user", /There is no such user to ask for a review/],
      [inactive.user.id, /account is deactivated: choose another reviewer/],
    ] as const;
    for (const [reviewerId, message] of cases) {
      const error = await failure(
        as.CONTRIBUTOR.topic.admin.submit({ id: r.id, expectedVersion: r.version, reviewerId }),
      );
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(message);
    }
    const record = await as.CONTRIBUTOR.topic.admin.getForEdit({ id: r.id });
    expect(record).toMatchObject({ status: "DRAFT", version: r.version });
    expect(await db().reviewRequest.count({ where: { entityId: r.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { entityId: r.id, action: "topic.submit" } })).toBe(
      0,
    );
  });

  it("lists active editors and admins as reviewers, for contributors", async () => {
    const list = await as.CONTRIBUTOR.review.reviewers();
    const ids = idsOf(list);
    expect(ids).toEqual(expect.arrayContaining([users.EDITOR.id, users.ADMIN.id]));
    expect(ids).not.toContain(users.CONTRIBUTOR.id);
    expect(ids).not.toContain(users.VIEWER.id);
    expect((await failure(as.VIEWER.review.reviewers())).code).toBe("FORBIDDEN");
  });
});
