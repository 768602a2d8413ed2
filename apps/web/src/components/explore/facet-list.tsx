"use client";

/** A facet value as the page sends it: its value, its count, and its label where it differs. */
export type FacetRow = readonly [value: string, count: number, label?: string];

/**
 * One facet of a GET form as checkboxes, drawn from compact rows (facet-group.tsx works them out).
 * A client component only so that the page's RSC payload carries these rows as data (about 30
 * bytes each) instead of their markup as React elements (about 300): on /events that was most of
 * the payload. It has no state of its own.
 */
export function FacetBox({
  name,
  legend,
  chosenLabel,
  rows,
  chosen,
  lang,
}: {
  name: string;
  legend: string;
  chosenLabel?: string;
  rows: readonly FacetRow[];
  chosen: readonly string[];
  lang?: string;
}) {
  return (
    <details
      open={chosen.length > 0}
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
        {/* The values' language once for all of them (records keep English names). */}
        <div className="facet-options space-y-1" lang={lang}>
          {rows.map(([value, count, label]) => (
            <label key={value}>
              <input
                type="checkbox"
                name={name}
                value={value}
                defaultChecked={chosen.includes(value)}
              />
              <span>{label ?? value}</span>
              <span data-count={value}>{count}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
