export { actors, WHATSAPP_DETAINEES } from "./actors";
export { cases } from "./cases";
export { corrections, removedSources, type SeedCorrection } from "./corrections";
export {
  attributed,
  type AttributedLocator,
  cite,
  citeVia,
  DOCUMENT_SOURCE,
  SECTION,
  type SectionLocator,
} from "./document";
export { events } from "./events";
export { topicFacts } from "./facts";
export { places } from "./places";
export { FREEDOM_IN_THE_WORLD, ratings, ratingSeries, RULE_OF_LAW_INDEX } from "./ratings";
export { FOUR_LAWS_2020, sources } from "./sources";
export { topics } from "./topics";
export { seedTranslations, type SeedTranslatedField, type SeedTranslations } from "./translations";
