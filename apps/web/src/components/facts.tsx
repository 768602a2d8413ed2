import type { ReactNode } from "react";

import { Section } from "./section";

type FactItems = readonly { label: string; value: ReactNode }[];

/** A record's details as a definition list: label, then value. Empty values are left out. */
export function Facts({ items }: { items: FactItems }) {
  const shown = items.filter((i) => i.value !== null && i.value !== undefined && i.value !== false);
  if (shown.length === 0) return null;
  return (
    <dl className="space-y-3 text-sm">
      {shown.map((item) => (
        <div key={item.label}>
          <dt className="font-semibold text-slate-900">{item.label}</dt>
          <dd className="mt-0.5 text-slate-700">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A record's details boxed under their own heading; `className` places the box (beside the text on
 * a wide screen, or below the title).
 */
export function FactsBox({
  id,
  title,
  className,
  items,
}: {
  id: string;
  title: string;
  className: string;
  items: FactItems;
}) {
  return (
    <Section
      id={id}
      title={title}
      heading="facts"
      className={`rounded-lg border border-slate-200 bg-slate-50 p-5 ${className}`}
    >
      <Facts items={items} />
    </Section>
  );
}

/** Inline items separated by commas, e.g. a list of linked places. */
export function CommaList({ children }: { children: ReactNode[] }) {
  return (
    <>
      {children.map((child, i) => (
        <span key={i}>
          {i > 0 ? ", " : null}
          {child}
        </span>
      ))}
    </>
  );
}
