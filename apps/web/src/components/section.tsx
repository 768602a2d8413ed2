import type { ReactNode } from "react";

/** The h2's look for each kind of section. */
const HEADINGS = {
  /** A main part of a page. */
  main: "text-brand-900 font-serif text-2xl font-semibold",
  /** A main part whose heading stands apart from a chart or table below it. */
  spaced: "text-brand-900 mb-4 font-serif text-2xl font-semibold",
  /** A boxed note, such as how to cite. */
  note: "text-brand-900 font-serif text-xl font-semibold",
  /** A box of a record's details beside or below it. */
  facts: "text-brand-900 mb-3 font-serif text-lg font-semibold",
} as const;

/**
 * A part of a page under its own h2, which names it for screen readers (aria-labelledby). An
 * `aside` (a count, a link) shares the heading's line; it may be null for "nothing this time",
 * which keeps the line's layout, while leaving it out gives the bare heading.
 */
export function Section({
  id,
  title,
  heading = "main",
  as: Element = "section",
  className,
  aside,
  children,
}: {
  /** The heading's id, unique on the page. */
  id: string;
  title: ReactNode;
  heading?: keyof typeof HEADINGS;
  /** `nav` for a section that is a table of contents. */
  as?: "section" | "nav";
  className?: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  const h2 = (
    <h2 id={id} className={HEADINGS[heading]}>
      {title}
    </h2>
  );
  return (
    <Element aria-labelledby={id} className={className}>
      {aside === undefined ? (
        h2
      ) : (
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          {h2}
          {aside}
        </div>
      )}
      {children}
    </Element>
  );
}
