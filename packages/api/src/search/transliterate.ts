// Cyrillic → Latin for search: a reader types a name in Russian or Kazakh ("Жанаозен", "Жаңаөзен",
// "Назарбаев") and the record spells it in English ("Zhanaozen", "Nazarbayev"). The library covers
// Russian; the letters below are mapped as English texts spell Kazakh and Russian names: Kazakh
// letters it renders with apostrophes or "@" ("Zhan'aozen"), and х, ц ("Tokhtarov", "Tsoi").
import { transliterate } from "transliteration";

const ENGLISH_SPELLING: Record<string, string> = {
  х: "kh",
  Х: "Kh",
  ц: "ts",
  Ц: "Ts",
  ә: "a",
  Ә: "A",
  ғ: "g",
  Ғ: "G",
  қ: "k",
  Қ: "K",
  ң: "n",
  Ң: "N",
  ө: "o",
  Ө: "O",
  ұ: "u",
  Ұ: "U",
  ү: "u",
  Ү: "U",
  һ: "h",
  Һ: "H",
  і: "i",
  І: "I",
};

const CYRILLIC = /\p{Script=Cyrillic}/u;

export const hasCyrillic = (text: string): boolean => CYRILLIC.test(text);

/** `text` with its Russian and Kazakh letters in Latin; other characters unchanged. */
export function cyrillicToLatin(text: string): string {
  // The library would also romanise every other script (Chinese, Greek …); only Cyrillic is asked for.
  return text.replace(/\p{Script=Cyrillic}+/gu, (run) =>
    // Soft and hard signs come out as apostrophes, which would split a name in two.
    transliterate(run, { replace: ENGLISH_SPELLING }).replace(/['"`]/g, ""),
  );
}
