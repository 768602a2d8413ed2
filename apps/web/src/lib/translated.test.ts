import { describe, expect, it } from "vitest";

import { fieldLang, recordLanguages } from "./translated";

describe("fieldLang", () => {
  const record = {
    translation: { locale: "ru", fallback: ["body"] },
    translatedInto: ["ru"],
  };

  it("marks a field that fell back to English, and no translated one", () => {
    expect(fieldLang("ru", record, "title")).toBeUndefined();
    expect(fieldLang("ru", record, "body")).toBe("en");
  });

  it("marks everything English on a page whose language has no translation", () => {
    expect(fieldLang("kk", record, "title")).toBe("en");
    expect(fieldLang("kk", {}, "title")).toBe("en");
  });

  it("marks nothing on the English page", () => {
    expect(fieldLang("en", record, "body")).toBeUndefined();
  });
});

describe("recordLanguages", () => {
  it("lists English and each published translation", () => {
    expect(recordLanguages({ translatedInto: ["kk"] })).toEqual(["en", "kk"]);
    expect(recordLanguages({ translatedInto: [] })).toEqual(["en"]);
    expect(recordLanguages({})).toBeUndefined();
  });
});
