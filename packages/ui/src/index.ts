export { cn } from "./cn";
export {
  englishDates,
  fill,
  formatEventDate,
  isoAtPrecision,
  type DateLabels,
  type DatePrecision,
} from "./format";
export { hrefWith, type QueryValue } from "./url";
export { Alert, Badge, Button, Card, Container, Field, Input, PageHeading } from "./components";
export { EventCard, type EventCardProps } from "./event-card";
export { Markdown, safeUrl, type MarkdownProps } from "./markdown";
export {
  RatingsChart,
  englishRatingsChartLabels,
  type FreedomStatus,
  type RatingPoint,
  type RatingsChartLabels,
  type RatingsChartProps,
} from "./ratings-chart";
export { RatingsTable, type RatingsTableProps } from "./ratings-table";
export {
  KazakhstanMap,
  englishKazakhstanMapLabels,
  type KazakhstanMapLabels,
  type KazakhstanMapProps,
  type MapPlace,
} from "./kazakhstan-map";
export {
  Pagination,
  englishPaginationLabels,
  type PaginationLabels,
  type PaginationProps,
} from "./pagination";
export {
  FilterBar,
  SelectFilter,
  TextFilter,
  type FilterBarProps,
  type SelectFilterProps,
  type TextFilterProps,
} from "./filter-bar";
export { FootnoteRef, Footnotes, type FootnoteRefProps, type FootnotesProps } from "./footnotes";
export {
  LanguageLinks,
  Notice,
  SearchForm,
  SkipLink,
  type LanguageLink,
  type SearchFormProps,
} from "./site-chrome";
