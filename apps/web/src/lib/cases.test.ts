import type { LastKnownStatus } from "@kz/api/schemas";
import { englishDates, type DateLabels } from "@kz/ui";
import { describe, expect, it } from "vitest";

import ru from "../../messages/ru.json";
import {
  capitalise,
  caseTopics,
  caseYears,
  heldAsOfYears,
  lastKnownWords,
  parseCaseFilters,
  publishersOf,
} from "./cases";

const hrw = { slug: "hrw-2014", name: "Kazakhstan, 2014", publisher: "Human Rights Watch" };
const wiki = { slug: "wikipedia", name: "Human rights in Kazakhstan", publisher: "Wikipedia" };

const words = {
  statusLabel: (s: string) => s,
  withTerm: (status: string, term: string) => `${status} (${term})`,
  dates: englishDates,
  list: (items: string[]) => new Intl.ListFormat("en", { type: "conjunction" }).format(items),
};

const kozlov: LastKnownStatus = {
  status: "detained",
  date: "2014-01-01",
  datePrecision: "year",
  term: null,
  sources: [hrw, wiki],
};

describe("lastKnownWords", () => {
  it("dates the status no more precisely than the record, and names whose word it is", () => {
    expect(lastKnownWords(kozlov, words)).toEqual({
      status: "detained",
      date: "2014",
      dateTime: "2014",
      sources: "Human Rights Watch and Wikipedia",
    });
  });

  it("gives a day or a month only when the record knows it", () => {
    const day = { ...kozlov, date: "2018-11-10", datePrecision: "day" as const };
    expect(lastKnownWords(day, words)).toMatchObject({
      date: "10 November 2018",
      dateTime: "2018-11-10",
    });
    const month = { ...kozlov, date: "2018-03-01", datePrecision: "month" as const };
    expect(lastKnownWords(month, words)).toMatchObject({ date: "March 2018", dateTime: "2018-03" });
  });

  it("uses the reader's date words", () => {
    const day = { ...kozlov, date: "2018-11-10", datePrecision: "day" as const };
    expect(lastKnownWords(day, { ...words, dates: ru.dates as DateLabels }).date).toBe(
      "10 ноября 2018 г.",
    );
  });

  it("adds a sentence's term to its status", () => {
    const sentenced: LastKnownStatus = { ...kozlov, status: "sentenced", term: " 7 years " };
    expect(lastKnownWords(sentenced, words).status).toBe("sentenced (7 years)");
  });

  it("has no sources to name when none of the entry's is published", () => {
    expect(lastKnownWords({ ...kozlov, sources: [] }, words).sources).toBeNull();
  });
});

describe("publishersOf", () => {
  it("names each publisher once, in the order cited, a source without one by its title", () => {
    const other = { slug: "hrw-2015", name: "Kazakhstan, 2015", publisher: "Human Rights Watch" };
    const untitled = { slug: "leaflet", name: "A leaflet", publisher: " " };
    expect(publishersOf([hrw, wiki, other, untitled])).toEqual([
      "Human Rights Watch",
      "Wikipedia",
      "A leaflet",
    ]);
  });
});

describe("heldAsOfYears", () => {
  it("gives the years of the as-of range, never a day the record may not know", () => {
    expect(heldAsOfYears("2014-01-01", "2018-11-10", englishDates)).toBe("2014 – 2018");
  });

  it("gives one year when both ends fall in it", () => {
    expect(heldAsOfYears("2018-01-01", "2018-11-10", englishDates)).toBe("2018");
  });

  it("is in the reader's language", () => {
    expect(heldAsOfYears("2014-01-01", "2018-01-01", ru.dates as DateLabels)).toBe(
      "2014 г. – 2018 г.",
    );
  });

  it("is empty when no case was last known to be held", () => {
    expect(heldAsOfYears(null, null, englishDates)).toBeNull();
  });
});

describe("parseCaseFilters", () => {
  it("keeps the values the API accepts and drops the rest", () => {
    expect(
      parseCaseFilters({
        lastStatus: "detained",
        kind: "physical_attack",
        year: "2018",
        topic: "religious-freedom",
      }),
    ).toEqual({
      lastStatus: "detained",
      kind: "physical_attack",
      year: 2018,
      topic: "religious-freedom",
    });
    expect(
      parseCaseFilters({ lastStatus: "free", kind: "DETENTION", year: "18", topic: "Not a slug" }),
    ).toEqual({ lastStatus: undefined, kind: undefined, year: undefined, topic: undefined });
  });
});

describe("the filters' options", () => {
  const cases = [
    { firstYear: 2018, lastYear: 2019, topics: [{ slug: "religious-freedom", name: "Religious" }] },
    { firstYear: 2014, lastYear: 2014, topics: [{ slug: "fair-trial", name: "Fair trial" }] },
    { firstYear: null, lastYear: null, topics: [{ slug: "fair-trial", name: "Fair trial" }] },
  ];

  it("offer every year from the first entry to the last, latest first", () => {
    expect(caseYears(cases)).toEqual([2019, 2018, 2017, 2016, 2015, 2014]);
    expect(caseYears([])).toEqual([]);
  });

  it("offer each topic cases are filed under once, by name", () => {
    expect(caseTopics(cases)).toEqual([
      { slug: "fair-trial", name: "Fair trial" },
      { slug: "religious-freedom", name: "Religious" },
    ]);
  });
});

describe("capitalise", () => {
  it("starts a status with a capital in the reader's language", () => {
    expect(capitalise("detained", "en")).toBe("Detained");
    expect(capitalise("содержание под стражей", "ru")).toBe("Содержание под стражей");
    expect(capitalise("", "kk")).toBe("");
  });
});
