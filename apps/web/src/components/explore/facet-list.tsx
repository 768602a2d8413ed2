"use client";

/**
 * A facet value as the page sends it: its value, its count, its label where it differs, and the
 * label's language where it differs from the list's.
 */
export type FacetRow = readonly [value: string, count: number, label?: string, lang?: string];

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
  showAll,
}: {
  name: string;
  legend: string;
  chosenLabel?: string;
  rows: readonly FacetRow[];
  chosen: readonly string[];
  lang?: string;
  /** "Show all 30" when `rows` are only the top values, and the address that shows them all. */
  showAll?: { label: string; href: string };
}) {
  return (
    // Styled by `.kz-facet` (globals.css).
    <details open={chosen.length > 0} className="kz-facet" data-facet={name}>
      <summary>
        {legend}
        {chosenLabel ? <span>{chosenLabel}</span> : null}
      </summary>
      <fieldset>
        <legend className="sr-only">{legend}</legend>
        {/* The values' language once for all of them where they share one. */}
        <div className="facet-options" lang={lang}>
          {rows.map(([value, count, label, rowLang]) => (
            <label key={value}>
              <input
                type="checkbox"
                name={name}
                value={value}
                defaultChecked={chosen.includes(value)}
              />
              <span lang={rowLang}>{label ?? value}</span>
              <span data-count={value}>{count}</span>
            </label>
          ))}
        </div>
        {/* A link, not a submit button: a submit button here would be the form's default one,
            which pressing Enter in a field "clicks". */}
        {showAll ? <a href={showAll.href}>{showAll.label}</a> : null}
      </fieldset>
    </details>
  );
}
