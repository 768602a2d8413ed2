import { FacetBox, type FacetRow } from "./facet-list";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
  /** The label's language where it is not the page's ("en" for a name not translated). */
  lang?: string;
}

/**
 * One facet of a GET form as checkboxes (several values, sent as a repeated parameter), each with
 * how many events it would give. Folded by default so a phone sees the list, open while chosen.
 */
export function FacetGroup({
  name,
  legend,
  chosenLabel,
  options,
  showAll,
}: {
  name: string;
  legend: string;
  /** "2 chosen", shown on the folded line. */
  chosenLabel?: string;
  options: readonly FacetOption[];
  /** Given when `options` are cut to the top ones: the link to all of them. */
  showAll?: { label: string; href: string };
}) {
  if (!options.length) return null;
  // The labels' language once for the list when they share one, else on each that differs.
  const langs = new Set(options.map((o) => o.lang));
  const lang = langs.size === 1 ? options[0]!.lang : undefined;
  return (
    <FacetBox
      name={name}
      legend={legend}
      chosenLabel={chosenLabel}
      lang={lang}
      rows={options.map((o): FacetRow =>
        o.lang !== lang
          ? [o.value, o.count, o.label, o.lang]
          : o.label === o.value
            ? [o.value, o.count]
            : [o.value, o.count, o.label],
      )}
      chosen={options.filter((o) => o.checked).map((o) => o.value)}
      showAll={showAll}
    />
  );
}

/**
 * A facet's options: every value with events, and a chosen one even when it has none left (so it
 * can be unchosen).
 */
export function facetOptions<V extends { slug: string; name: string; count: number }>(
  values: readonly V[],
  chosen: readonly string[],
  /** Each value's label's language, where it differs from the page's. */
  langOf: (value: V) => string | undefined = () => undefined,
): FacetOption[] {
  const options = values.map((v) => ({
    value: v.slug,
    label: v.name,
    count: v.count,
    checked: chosen.includes(v.slug),
    ...(langOf(v) && { lang: langOf(v) }),
  }));
  const missing = chosen.filter((c) => !values.some((v) => v.slug === c));
  return [
    ...options,
    ...missing.map((slug) => ({ value: slug, label: slug, count: 0, checked: true })),
  ];
}

/** How many values a long facet shows until all are asked for. */
export const FACET_TOP = 8;

/**
 * The first `limit` options (the facet lists most events first) and every chosen one after them,
 * so the form still sends what was chosen: on /events a long facet (30 people and organisations)
 * was the largest part of the page.
 */
export const topOptions = (options: readonly FacetOption[], limit = FACET_TOP) =>
  options.filter((o, i) => i < limit || o.checked);
