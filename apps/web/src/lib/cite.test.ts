import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";

import { citationsOf, CSL_TYPES, type Citable } from "./cite";

const report: Citable = {
  id: "law-on-peaceful-assemblies-2020",
  type: CSL_TYPES.law,
  title: "On the procedure for organizing and holding peaceful assemblies",
  publisher: "Republic of Kazakhstan",
  url: "https://adilet.zan.kz/eng/docs/Z2000000333",
  issued: "2020-05-25",
  accessed: new Date("2026-12-07T10:00:00Z"),
};

/** What citation-js reads back from a format: title, URL, issued date parts. */
const readBack = (text: string) => {
  const [item] = new Cite(text).data as {
    title?: string;
    URL?: string;
    issued?: { "date-parts": number[][] };
  }[];
  return { title: item?.title, url: item?.URL, issued: item?.issued?.["date-parts"][0] };
};

describe("citationsOf", () => {
  const c = citationsOf(report);

  it("writes BibTeX and RIS that read back as the same work", () => {
    for (const text of [c.bibtex, c.ris]) {
      expect(readBack(text)).toEqual({
        title: report.title,
        url: report.url,
        issued: [2020, 5, 25],
      });
    }
    expect(c.bibtex).toMatch(/^@\w+\{\w+,/);
    expect(c.ris).toMatch(/^TY {2}- /);
    expect(c.ris).toMatch(/ER {2}-$/);
  });

  it("writes APA: a report under its publisher, a law by its title, each with year and address", () => {
    const apa = citationsOf({ ...report, type: "report", publisher: "Human Rights Watch" }).apa;
    expect(apa).toMatch(/^Human Rights Watch\. \(2020\)\. On the procedure for organizing/);
    expect(apa).toContain(report.url);
    expect(c.apa).toBe(
      "On the Procedure for Organizing and Holding Peaceful Assemblies (2020). https://adilet.zan.kz/eng/docs/Z2000000333",
    );
  });

  it("writes CSL-JSON with the access date, and leaves out what is unknown", () => {
    const [item] = JSON.parse(c.cslJson) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: report.id,
      type: "legislation",
      accessed: { "date-parts": [[2026, 12, 7]] },
    });
    const [bare] = JSON.parse(
      citationsOf({ id: "x", type: "document", title: "Untitled", accessed: report.accessed })
        .cslJson,
    ) as Record<string, unknown>[];
    expect(bare).not.toHaveProperty("URL");
    expect(bare).not.toHaveProperty("issued");
    expect(bare).not.toHaveProperty("author");
  });
});
