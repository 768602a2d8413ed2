import { describe, expect, it } from "vitest";

import { previewSections } from "./preview-sections";

describe("previewSections", () => {
  it("cuts before each heading, and joined back the sections are the text", () => {
    const text = "Intro.\n\n## One\n\nFirst.\n\n### Two\nSecond.\n# Three";
    const sections = previewSections(text);
    expect(sections).toEqual([
      "Intro.\n\n",
      "## One\n\nFirst.\n\n",
      "### Two\nSecond.\n",
      "# Three",
    ]);
    expect(sections.join("")).toBe(text);
  });

  it("does not cut inside a fenced code block, whatever its fence", () => {
    const text = "## A\n```sh\n# a comment\n```\n~~~~\n# another\n~~~\n# still code\n~~~~\n## B";
    expect(previewSections(text)).toEqual([
      "## A\n```sh\n# a comment\n```\n~~~~\n# another\n~~~\n# still code\n~~~~\n",
      "## B",
    ]);
  });

  it("does not take a hashtag or an indented line for a heading", () => {
    expect(previewSections("## A\n#hashtag\n    # code\n > # quoted")).toHaveLength(1);
  });

  it("keeps a text with footnotes or reference links whole", () => {
    expect(previewSections("## A\nSee[^1].\n## B\n[^1]: The report.")).toHaveLength(1);
    expect(previewSections("## A\n[the report][r]\n## B\n[r]: https://example.org")).toHaveLength(
      1,
    );
  });
});
