/** One field's translation, with the English it was made from (the seed check holds it to the data). */
export interface SeedTranslatedField {
  /** The English this translates, exactly as the seed data has it. */
  sourceText: string;
  text: string;
  /**
   * It translates the English's first paragraph only: written as a draft for a translator to
   * finish, so the public page keeps the whole English until an editor publishes a whole one.
   */
  firstParagraphOnly?: true;
}

/** A language's translations of the seeded record, by kind, then slug, then field. */
export interface SeedTranslations {
  events: Record<string, { title: SeedTranslatedField; summary: SeedTranslatedField }>;
  topics: Record<string, { name: SeedTranslatedField; overview: SeedTranslatedField }>;
  places: Record<string, { name: SeedTranslatedField; region?: SeedTranslatedField }>;
  ratingSeries: Record<string, { name: SeedTranslatedField; description: SeedTranslatedField }>;
}
