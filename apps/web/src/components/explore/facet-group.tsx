import "./facet-group.css";

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
  const chosen = options.some((o) => o.checked);
  return (
    <details
      open={chosen}
      className="min-w-0 flex-1 basis-full rounded-md border border-slate-300 bg-white sm:basis-56"
      data-facet={name}
    >
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-700">
        {legend}
        {chosenLabel ? (
          <span className="ml-2 font-normal text-slate-600">{chosenLabel}</span>
        ) : null}
      </summary>
      <fieldset className="max-h-64 overflow-y-auto border-t border-slate-200 px-3 py-2">
        <legend className="sr-only">{legend}</legend>
        <ul className="facet-options space-y-1">
          {options.map((o) => (
            <li key={o.value}>
              <label>
                <input type="checkbox" name={name} value={o.value} defaultChecked={o.checked} />
                <span lang={lang}>{o.label}</span>
                <span data-count={o.value}>{o.count}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
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
