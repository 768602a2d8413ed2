import { describe, expect, it } from "vitest";

import { abilities } from "./roles";
import { allowedActions } from "./workflow";

const editor = abilities("EDITOR");
const contributor = abilities("CONTRIBUTOR");

describe("allowedActions", () => {
  it("offers a contributor only submitting a draft, and discarding pending changes", () => {
    expect(allowedActions({ status: "DRAFT", deleted: false }, contributor)).toEqual(["submit"]);
    expect(allowedActions({ status: "IN_REVIEW", deleted: false }, contributor)).toEqual([]);
    expect(
      allowedActions({ status: "PUBLISHED", hasPendingChanges: true, deleted: false }, contributor),
    ).toEqual(["discardChanges"]);
    expect(allowedActions({ status: "DRAFT", deleted: false }, abilities("VIEWER"))).toEqual([]);
  });

  it("follows the workflow for an editor", () => {
    expect(allowedActions({ status: "DRAFT", deleted: false }, editor)).toEqual([
      "submit",
      "publish",
      "schedule",
      "trash",
    ]);
    expect(allowedActions({ status: "IN_REVIEW", deleted: false }, editor)).toEqual([
      "publish",
      "requestChanges",
      "schedule",
      "trash",
    ]);
    expect(allowedActions({ status: "PUBLISHED", deleted: false }, editor)).toEqual([
      "unpublish",
      "archive",
      "trash",
    ]);
    expect(
      allowedActions(
        { status: "PUBLISHED", hasPendingChanges: true, publishAt: new Date(), deleted: false },
        editor,
      ),
    ).toEqual([
      "publish",
      "schedule",
      "cancelSchedule",
      "discardChanges",
      "unpublish",
      "archive",
      "trash",
    ]);
    expect(allowedActions({ status: "ARCHIVED", deleted: false }, editor)).toEqual([
      "unpublish",
      "trash",
    ]);
  });

  it("offers only restoring a record in the trash", () => {
    expect(allowedActions({ status: "PUBLISHED", deleted: true }, editor)).toEqual(["restore"]);
    expect(allowedActions({ status: "DRAFT", deleted: true }, contributor)).toEqual([]);
  });
});
