import { describe, expect, it } from "vitest";

import { hrefWith } from "./url";

describe("hrefWith", () => {
  it("drops empty values and encodes the rest", () => {
    expect(hrefWith("/events", { q: "Жаңаөзен & co", year: 2011, topic: "", place: null })).toBe(
      "/events?q=%D0%96%D0%B0%D2%A3%D0%B0%D3%A9%D0%B7%D0%B5%D0%BD+%26+co&year=2011",
    );
  });

  it("repeats a parameter for each value of a list, in order, without the empty ones", () => {
    expect(hrefWith("/events", { topic: ["courts", "", "protests"], year: [2019] })).toBe(
      "/events?topic=courts&topic=protests&year=2019",
    );
  });

  it("returns the bare path without parameters", () => {
    expect(hrefWith("/events", { cursor: undefined })).toBe("/events");
  });
});
