"use client";

/**
 * A select's options from [value, label] pairs. A client component only so that a long list
 * travels in the page's RSC payload as pairs instead of as React elements; it has no state.
 */
export function SelectOptions({
  options,
}: {
  options: readonly (readonly [value: string, label: string])[];
}) {
  return options.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
