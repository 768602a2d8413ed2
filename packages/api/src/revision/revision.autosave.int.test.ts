// Autosave (issue 19): the admin's autosave saves through the same path as a save made on purpose —
// version check, pending changes, audit — and only marks its revisions, which the history folds.
import { describe, expect, it } from "vitest";

import { useTestDatabaseWithRoles } from "../testing/database";
import { failure } from "../testing/admin-caller";

const { db, as } = useTestDatabaseWithRoles();

let n = 0;
const placeForm = () => ({
  name: `Autosave place ${++n}`,
  slug: "",
  otherNames: [],
  region: "",
  latitude: null,
  longitude: null,
});

describe("autosave", () => {
  it("marks the revisions it writes, and only those, in the history and the audit log", async () => {
    const { id } = await as.EDITOR.place.admin.create(placeForm());
    const { form } = await as.EDITOR.place.admin.getForEdit({ id });
    await as.EDITOR.place.admin.update({
      ...form,
      id,
      expectedVersion: 1,
      region: "Atyrau",
      autosave: true,
    });
    await as.EDITOR.place.admin.update({
      ...form,
      id,
      expectedVersion: 2,
      region: "Atyrau region",
    });

    const history = (await as.VIEWER.revision.list({ entityType: "PLACE", entityId: id })).items;
    expect(history.map((r) => [r.version, r.autosave])).toEqual([
      [3, false],
      [2, true],
      [1, false],
    ]);
    const audit = await db().auditLog.findMany({
      where: { entityId: id, action: "place.update" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => (a.details as { autosave?: boolean }).autosave ?? false)).toEqual([
      true,
      false,
    ]);
  });

  it("still refuses a stale version: an autosave never overwrites someone else's save", async () => {
    const { id } = await as.EDITOR.place.admin.create(placeForm());
    const { form } = await as.EDITOR.place.admin.getForEdit({ id });
    await as.EDITOR.place.admin.update({ ...form, id, expectedVersion: 1, region: "Theirs" });
    const error = await failure(
      as.EDITOR.place.admin.update({
        ...form,
        id,
        expectedVersion: 1,
        region: "Mine",
        autosave: true,
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect((await as.EDITOR.place.admin.getForEdit({ id })).form.region).toBe("Theirs");
  });

  it("keeps a published record's public version: its autosaves are pending changes", async () => {
    const { id } = await as.EDITOR.place.admin.create(placeForm());
    const published = await as.EDITOR.place.admin.publish({ id, expectedVersion: 1 });
    const { form } = await as.EDITOR.place.admin.getForEdit({ id });
    const saved = await as.EDITOR.place.admin.update({
      ...form,
      id,
      expectedVersion: published.version,
      region: "Pending",
      autosave: true,
    });
    expect(saved.hasPendingChanges).toBe(true);
    const edit = await as.EDITOR.place.admin.getForEdit({ id });
    expect(edit.form.region).toBe("Pending");
    expect(edit.live?.region ?? null).toBeNull();
  });
});
