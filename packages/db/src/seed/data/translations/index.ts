import { kk } from "./kk";
import { ru } from "./ru";

export type { SeedTranslatedField, SeedTranslations } from "./types";

/** The seeded record's translations, by language (English, the source, is the data itself). */
export const seedTranslations = { ru, kk } as const;
