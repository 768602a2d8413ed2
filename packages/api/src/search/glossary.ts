// Key terms of the record in Russian and Kazakh, mapped to the English words the record uses, so
// that a reader who types "пытки" or "азаптау" finds the English records about torture.
//
// Source: ordinary dictionary equivalents, entered by hand for search only (issue 13); they say
// nothing about any record and are not shown to readers. Not yet reviewed by a Russian- or
// Kazakh-speaking editor: correct or extend it here. Keep it short: terms the record's events,
// topics and cases are about; names are found through transliteration instead (transliterate.ts).
//
// Russian terms are matched through PostgreSQL's Russian stemmer (пытки, пыток, пыткам → пытка), so
// give one dictionary form. Kazakh has no stemmer in PostgreSQL: a Kazakh term matches any word that
// starts with it (азаптау → азаптаулар, азаптауға), so give the stem without endings.

export interface GlossaryEntry {
  /** The English the record uses: alternatives, each an English search ("oil workers": both words). */
  en: string[];
  ru: string[];
  kk: string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: ["torture"], ru: ["пытка"], kk: ["азаптау"] },
  { en: ["protest"], ru: ["протест", "митинг", "демонстрация"], kk: ["наразылық"] },
  { en: ["strike"], ru: ["забастовка"], kk: ["ереуіл"] },
  { en: ["oil workers"], ru: ["нефтяник"], kk: ["мұнайшы"] },
  { en: ["journalist"], ru: ["журналист"], kk: ["журналист"] },
  { en: ["police"], ru: ["полиция"], kk: ["полиция"] },
  { en: ["court"], ru: ["суд"], kk: ["сот"] },
  { en: ["prison"], ru: ["тюрьма"], kk: ["түрме"] },
  { en: ["arrest", "detention"], ru: ["арест", "задержание"], kk: ["қамау"] },
  { en: ["election"], ru: ["выборы"], kk: ["сайлау"] },
  { en: ["religion", "religious"], ru: ["религия"], kk: ["дін"] },
  { en: ["freedom"], ru: ["свобода"], kk: ["бостандық"] },
  { en: ["rights"], ru: ["право"], kk: ["құқық"] },
  { en: ["assembly"], ru: ["собрание"], kk: ["жиналыс"] },
];

export type GlossaryLanguage = "ru" | "kk";

/** One row per term, as the glossary query reads them. */
export const glossaryRows = (): { lang: GlossaryLanguage; term: string; en: string }[] =>
  GLOSSARY.flatMap((entry) =>
    (["ru", "kk"] as const).flatMap((lang) =>
      entry[lang].flatMap((term) => entry.en.map((en) => ({ lang, term, en }))),
    ),
  );
