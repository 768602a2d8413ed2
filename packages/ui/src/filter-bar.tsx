import type { ReactNode } from "react";

import { cn } from "./cn";

export interface FilterBarProps {
  /** Where the form sends its GET request, usually the page itself. */
  action: string;
  submitLabel: string;
  /** A link back to the unfiltered page; shown when given. */
  reset?: { href: string; label: string };
  /** Parameters to carry along unchanged, e.g. a search query while filtering by year. */
  keep?: Record<string, string | undefined>;
  /** Names the form for assistive technology, e.g. "Filter events". */
  label: string;
  children: ReactNode;
  className?: string;
}

/** A plain GET form: filters end up in the URL, so a filtered view works without JavaScript and can be shared. */
export function FilterBar({
  action,
  submitLabel,
  reset,
  keep,
  label,
  children,
  className,
}: FilterBarProps) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={label}
      className={cn(
        "flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4",
        className,
      )}
    >
      {Object.entries(keep ?? {}).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {children}
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-900 rounded-md px-4 py-2 text-sm font-semibold text-white"
        >
          {submitLabel}
        </button>
        {reset ? (
          <a href={reset.href} className="text-sm">
            {reset.label}
          </a>
        ) : null}
      </div>
    </form>
  );
}

function FilterField({
  name,
  label,
  children,
}: {
  name: string;
  label: string;
  children: ReactNode;
}) {
  return (
    // Styled by `kz-field` (styles.css): a list page's filter form has several of these.
    <div className="kz-field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      {children}
    </div>
  );
}

export interface SelectFilterProps {
  name: string;
  label: string;
  /** The option meaning "no filter", e.g. "All topics". */
  emptyLabel: string;
  options: readonly { value: string; label: string }[];
  value?: string;
}

export function SelectFilter({ name, label, emptyLabel, options, value }: SelectFilterProps) {
  return (
    <FilterField name={name} label={label}>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

export interface TextFilterProps {
  name: string;
  label: string;
  value?: string;
  type?: "text" | "search" | "date" | "number";
  placeholder?: string;
}

export function TextFilter({ name, label, value, type = "text", placeholder }: TextFilterProps) {
  return (
    <FilterField name={name} label={label}>
      <input
        id={`filter-${name}`}
        name={name}
        type={type}
        defaultValue={value}
        placeholder={placeholder}
      />
    </FilterField>
  );
}
