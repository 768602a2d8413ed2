// One suite for every registered collection: create, save, stale save, review and publishing,
// pending changes, trash, purge, revisions, the audit log and the public changes feed, each at the
// role the role table gives it. Registering a collection runs it through all of this; its sample
// form lives in testing/collection-samples.ts, which does not compile without one.
import type { Role } from "@kz/db";
import { describe, expect, it } from "vitest";

import { outcome } from "../testing/admin-caller";
import { COLLECTION_SAMPLES } from "../testing/collection-samples";
import { useTestDatabaseWithRoles } from "../testing/database";
import { publicCaller } from "../testing/public-caller";
import { COLLECTIONS, type Collection } from "./index";

interface Result {
  id: string;
  version: number;
  status: string;
  hasPendingChanges: boolean;
  deleted: boolean;
}
type Action = (input: { id: string; expectedVersion: number; note?: string }) => Promise<Result>;
/** The procedures every collection has (workflow/workflow.router.ts), seen without their types. */
interface CollectionProcedures {
  create(input: object): Promise<Result>;
  update(input: object): Promise<Result>;
  getForEdit(input: { id: string }): Promise<{
    version: number;
    status: string;
    deletedAt: Date | null;
    updatedAt: Date;
    savedAt: Date;
    form: Record<string, unknown>;
  }>;
  submit: Action;
  requestChanges: Action;
  publish: Action;
  unpublish: Action;
  archive: Action;
  discardChanges: Action;
  trash: Action;
  restore: Action;
  purge: Action;
}

const { db, as } = useTestDatabaseWithRoles();

describe.each(COLLECTIONS.map((c) => [c.plural, c] as const))("%s", (_, collection: Collection) => {
  const procedures = (role: Role) =>
    (as[role] as unknown as Record<string, { admin: CollectionProcedures }>)[collection.noun]!
      .admin;
  const sample = () => COLLECTION_SAMPLES[collection.entityType](db());
  /** What the public changes feed has said about this record. */
  const feed = async (id: string) =>
    (await publicCaller(db()).changes.since({ types: [collection.noun], limit: 1000 })).items
      .filter((i) => i.id === id)
      .map((i) => i.change);
  const at = (r: Result, note?: string) => ({ id: r.id, expectedVersion: r.version, note });

  it("is created as a draft by a contributor, not a viewer, and the public hears nothing of it", async () => {
    const { form } = await sample();
    expect(await outcome(procedures("VIEWER").create(form))).toBe("FORBIDDEN");
    const created = await procedures("CONTRIBUTOR").create(form);
    expect(created).toMatchObject({ status: "DRAFT", version: 1, deleted: false });
    expect(await feed(created.id)).toEqual([]);
  });

  it("saves an edit, and refuses a save made on an older version without changing anything", async () => {
    const { form, edit } = await sample();
    const contributor = procedures("CONTRIBUTOR");
    const created = await contributor.create(form);
    const saved = await contributor.update({ ...form, ...edit, ...at(created) });
    expect(saved).toMatchObject({ version: 2, status: "DRAFT" });
    const stale = contributor.update({ ...form, ...at(created) });
    expect(await outcome(stale)).toBe("CONFLICT");
    const current = await contributor.getForEdit({ id: created.id });
    expect(current.version).toBe(2);
    expect(current.form).toMatchObject(edit);
  });

  it("goes through review to published; later edits wait as pending changes until published", async () => {
    const { form, edit } = await sample();
    const contributor = procedures("CONTRIBUTOR");
    const editor = procedures("EDITOR");
    let r = await contributor.create(form);
    r = await contributor.submit(at(r));
    expect(r.status).toBe("IN_REVIEW");
    expect(await outcome(contributor.publish(at(r)))).toBe("FORBIDDEN");
    r = await editor.requestChanges(at(r, "Cite the page"));
    expect(r.status).toBe("DRAFT");
    r = await contributor.submit(at(r));
    r = await editor.publish(at(r));
    expect(r).toMatchObject({ status: "PUBLISHED", hasPendingChanges: false });
    expect(await feed(r.id)).toEqual(["published"]);
    const published = (await editor.getForEdit({ id: r.id })).form;

    const beforeEdit = await editor.getForEdit({ id: r.id });
    r = await contributor.update({ ...form, ...edit, ...at(r) });
    expect(r).toMatchObject({ status: "PUBLISHED", hasPendingChanges: true });
    expect(await feed(r.id), "pending changes are not public").toEqual(["published"]);
    // The public's "last updated" stays; the admin still says when it was saved.
    const afterEdit = await editor.getForEdit({ id: r.id });
    expect(afterEdit.updatedAt).toEqual(beforeEdit.updatedAt);
    expect(afterEdit.savedAt.getTime()).toBeGreaterThan(beforeEdit.savedAt.getTime());
    r = await contributor.discardChanges(at(r));
    expect(r.hasPendingChanges).toBe(false);
    expect((await editor.getForEdit({ id: r.id })).form).toEqual(published);

    r = await contributor.update({ ...form, ...edit, ...at(r) });
    r = await editor.publish(at(r));
    expect(r).toMatchObject({ status: "PUBLISHED", hasPendingChanges: false });
    expect((await editor.getForEdit({ id: r.id })).form).toMatchObject(edit);
    expect(await feed(r.id)).toEqual(["published", "updated"]);
  });

  it("is unpublished and archived by an editor only, and the feed says so", async () => {
    const { form } = await sample();
    const editor = procedures("EDITOR");
    let r = await editor.publish(at(await editor.create(form)));
    expect(await outcome(procedures("CONTRIBUTOR").unpublish(at(r)))).toBe("FORBIDDEN");
    r = await editor.unpublish(at(r));
    expect(r.status).toBe("DRAFT");
    r = await editor.archive(at(await editor.publish(at(r))));
    expect(r.status).toBe("ARCHIVED");
    expect(await feed(r.id)).toEqual(["published", "unpublished", "published", "unpublished"]);
  });

  it("goes to the trash and back; only an admin purges it, for good", async () => {
    const { form, edit } = await sample();
    const editor = procedures("EDITOR");
    let r = await editor.create(form);
    expect(await outcome(procedures("CONTRIBUTOR").trash(at(r)))).toBe("FORBIDDEN");
    r = await editor.trash(at(r));
    expect(r.deleted).toBe(true);
    expect(await outcome(editor.update({ ...form, ...edit, ...at(r) }))).toBe("BAD_REQUEST");
    expect(await outcome(editor.publish(at(r)))).toBe("BAD_REQUEST");
    r = await editor.restore(at(r));
    expect(r.deleted).toBe(false);
    r = await editor.trash(at(r));
    expect(await outcome(editor.purge(at(r)))).toBe("FORBIDDEN");
    await procedures("ADMIN").purge(at(r));
    expect(await outcome(editor.getForEdit({ id: r.id }))).toBe("NOT_FOUND");
  });

  it("keeps a revision of each save, and restores an earlier one as a new version", async () => {
    const { form, edit } = await sample();
    const contributor = procedures("CONTRIBUTOR");
    let r = await contributor.create(form);
    const first = (await contributor.getForEdit({ id: r.id })).form;
    r = await contributor.update({ ...form, ...edit, ...at(r) });
    const revisions = await as.EDITOR.revision.list({
      entityType: collection.entityType,
      entityId: r.id,
    });
    expect(revisions.items.map((v) => v.version)).toEqual([2, 1]);
    const oldest = revisions.items[1]!;
    expect(
      await outcome(as.CONTRIBUTOR.revision.restore({ revisionId: oldest.id, expectedVersion: 2 })),
    ).toBe("FORBIDDEN");
    const restored = await as.EDITOR.revision.restore({
      revisionId: oldest.id,
      expectedVersion: 2,
    });
    expect(restored.version).toBe(3);
    expect((await contributor.getForEdit({ id: r.id })).form).toEqual(first);
  });

  it("writes each step to the audit log under its own name", async () => {
    const { form } = await sample();
    const editor = procedures("EDITOR");
    let r = await editor.create(form);
    r = await editor.publish(at(r));
    await editor.trash(at(r));
    const entries = await as.ADMIN.audit.list({
      entityType: collection.entityType,
      entityId: r.id,
    });
    expect(entries.items.map((e) => e.action).reverse()).toEqual(
      ["create", "publish", "trash"].map((a) => `${collection.noun}.${a}`),
    );
    expect(new Set(entries.items.map((e) => e.entityTitle)).size).toBe(1);
  });
});
