import { describe, expect, it } from "vitest";

import { formatEventDate, isoAtPrecision } from "./format";

describe("formatEventDate", () => {
  it("shows only the precision the record has", () => {
    expect(formatEventDate("2011-12-16", null, "day")).toBe("16 December 2011");
    expect(formatEventDate("2005-12-01", null, "month")).toBe("December 2005");
    expect(formatEventDate("1992-01-01", null, "year")).toBe("1992");
  });

  it("collapses ranges within a month or a year", () => {
    expect(formatEventDate("2018-11-20", "2018-11-21", "day")).toBe("20–21 November 2018");
    expect(formatEventDate("2016-04-01", "2016-05-01", "month")).toBe("April – May 2016");
  });

  it("spells out ranges across years", () => {
    expect(formatEventDate("2019-12-30", "2020-01-02", "day")).toBe(
      "30 December 2019 – 2 January 2020",
    );
  });
});

describe("formatEventDate in another language", () => {
  const months = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
  ];
  const monthsWithDay = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ];
  const ru = {
    months,
    monthsWithDay,
    year: "{year} г.",
    month: "{month} {year} г.",
    day: "{day} {month} {year} г.",
    dayRange: "{startDay}–{endDay} {month} {year} г.",
    monthRange: "{startMonth} – {endMonth} {year} г.",
    range: "{start} – {end}",
  };

  it("uses the language's month forms and word order", () => {
    expect(formatEventDate("2011-12-16", null, "day", ru)).toBe("16 декабря 2011 г.");
    expect(formatEventDate("2005-12-01", null, "month", ru)).toBe("декабрь 2005 г.");
    expect(formatEventDate("2018-11-20", "2018-11-21", "day", ru)).toBe("20–21 ноября 2018 г.");
    expect(formatEventDate("2019-12-30", "2020-01-02", "day", ru)).toBe(
      "30 декабря 2019 г. – 2 января 2020 г.",
    );
  });
});

describe("isoAtPrecision", () => {
  it("keeps only what the record knows", () => {
    expect(isoAtPrecision("2011-12-16", "day")).toBe("2011-12-16");
    expect(isoAtPrecision("2005-09-01", "month")).toBe("2005-09");
    expect(isoAtPrecision("2014-01-01", "year")).toBe("2014");
  });
});
