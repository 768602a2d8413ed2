import type { ReactNode } from "react";

import { cn } from "./cn";

/** The first focusable element on every page: jumps past the header to `#main`. */
export function SkipLink({ label, target = "main" }: { label: string; target?: string }) {
  return (
    <a href={`#${target}`} className="kz-skip-link">
      {label}
    </a>
  );
}

export interface SearchFormProps {
  /** The search page, localised. */
  action: string;
  label: string;
  placeholder?: string;
  submitLabel: string;
  className?: string;
}

/** A plain GET form to the search page: works without JavaScript, results have a URL. */
export function SearchForm({
  action,
  label,
  placeholder,
  submitLabel,
  className,
}: SearchFormProps) {
  return (
    // Styled by `.kz-site-search` (styles.css): it is on every page.
    <form action={action} method="get" role="search" className={cn("kz-site-search", className)}>
      <label htmlFor="site-search" className="sr-only">
        {label}
      </label>
      <input id="site-search" name="q" type="search" placeholder={placeholder} />
      <button type="submit">{submitLabel}</button>
    </form>
  );
}

export interface LanguageLink {
  /** BCP 47 tag, e.g. "kk". */
  locale: string;
  /** The language's name in itself: "Қазақша". */
  label: string;
  href: string;
  current: boolean;
}

/**
 * The language switcher as plain links to the same page in each language. Names are written in
 * their own language and marked up so, so that screen readers pronounce them correctly.
 */
export function LanguageLinks({ label, links }: { label: string; links: readonly LanguageLink[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3 text-sm">
        {links.map((l) => (
          <li key={l.locale}>
            {l.current ? (
              <span aria-current="true" lang={l.locale} className="font-semibold text-slate-900">
                {l.label}
              </span>
            ) : (
              <a href={l.href} hrefLang={l.locale} lang={l.locale} className="text-slate-600">
                {l.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A quiet, static note (not a live region) for standing information about the page. */
export function Notice({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <p
      className={cn(
        "border-brand-100 bg-brand-50 text-brand-900 rounded-md border px-4 py-2 text-sm",
        className,
      )}
    >
      {children}
    </p>
  );
}
