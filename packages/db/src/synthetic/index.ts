export {
  SYNTHETIC_NOTICE,
  SYNTHETIC_SLUG_PREFIX,
  SYNTHETIC_TITLE_MARKER,
  syntheticEvent,
  syntheticSource,
  type Catalog,
  type SyntheticEvent,
  type SyntheticSource,
} from "./generate";
export {
  countSynthetic,
  seedSynthetic,
  SyntheticSeedError,
  type SyntheticOptions,
  type SyntheticSummary,
} from "./insert";
