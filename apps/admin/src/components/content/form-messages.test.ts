import { describe, expect, it } from "vitest";

import { invalidFieldsMessage } from "./form-messages";

describe("invalidFieldsMessage", () => {
  const labels = { title: "Title", summary: "Summary", body: "Body" };

  it("names the fields by label, in the form's order", () => {
    expect(invalidFieldsMessage(["body", "title"], labels)).toBe(
      "Some fields need attention (Title, Body): see the messages below them.",
    );
  });

  it("names a field without a label by its name rather than hiding it", () => {
    expect(invalidFieldsMessage(["summary", "extra"], labels)).toBe(
      "Some fields need attention (Summary, extra): see the messages below them.",
    );
  });

  it("still says something with no field to name", () => {
    expect(invalidFieldsMessage([], labels)).toBe(
      "Some fields need attention: see the messages below them.",
    );
  });
});
