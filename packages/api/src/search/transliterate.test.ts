import { describe, expect, it } from "vitest";

import { cyrillicToLatin, hasCyrillic } from "./transliterate";

describe("cyrillicToLatin", () => {
  it.each([
    ["Жанаозен", "Zhanaozen"],
    ["Жаңаөзен", "Zhanaozen"],
    ["Назарбаев", "Nazarbaev"],
    ["Қазақстан", "Kazakstan"],
    ["Алматы", "Almaty"],
    ["Ұлытау Үржар Әлихан Ғабит Һ і", "Ulytau Urzhar Alikhan Gabit H i"],
    ["Объединение", "Obedinenie"],
    ["Тохтаров Цой", "Tokhtarov Tsoy"],
  ])("%s → %s", (cyrillic, latin) => {
    expect(cyrillicToLatin(cyrillic)).toBe(latin);
  });

  it("leaves Latin text and other scripts as they are", () => {
    expect(cyrillicToLatin("Zhanaozen 2011 — 的 😀 Ωμέγα")).toBe("Zhanaozen 2011 — 的 😀 Ωμέγα");
    expect(cyrillicToLatin("пытки in Zhanaozen")).toBe("pytki in Zhanaozen");
  });

  it("tells Cyrillic from other text", () => {
    expect(hasCyrillic("пытки")).toBe(true);
    expect(hasCyrillic("Zhanaozen")).toBe(false);
    expect(hasCyrillic("қ")).toBe(true);
  });
});
