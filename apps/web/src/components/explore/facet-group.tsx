import { FacetBox, type FacetRow } from "./facet-list";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
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
  lang,
}: {
  name: string;
  legend: string;
  /** "2 chosen", shown on the folded line. */
  chosenLabel?: string;
  options: readonly FacetOption[];
  /** The language of the values (records keep English names). */
  lang?: string;
}) {
  if (!options.length) return null;
  return (
    <FacetBox
      name={name}
      legend={legend}
      chosenLabel={chosenLabel}
      lang={lang}
      rows={options.map((o): FacetRow =>
        o.label === o.value ? [o.value, o.count] : [o.value, o.count, o.label],
      )}
      chosen={options.filter((o) => o.checked).map((o) => o.value)}
    />
  );
}

/**
 * A facet's options: every value with events, and a chosen one even when it has none left (so it
 * can be unchosen).
 */
export function facetOptions(
  values: readonly { slug: string; name: string; count: number }[],
  chosen: readonly string[],
): FacetOption[] {
  const options = values.map((v) => ({
    value: v.slug,
    label: v.name,
    count: v.count,
    checked: chosen.includes(v.slug),
  }));
  const missing = chosen.filter((c) => !values.some((v) => v.slug === c));
  return [
    ...options,
    ...missing.map((slug) => ({ value: slug, label: slug, count: 0, checked: true })),
  ];
}
