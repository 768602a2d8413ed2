import { cn } from "./cn";

export interface PaginationLabels {
  /** The navigation landmark's name, e.g. "Pages". */
  nav: string;
  previous: string;
  next: string;
}

export const englishPaginationLabels: PaginationLabels = {
  nav: "Pages",
  previous: "Previous",
  next: "Next",
};

export interface PaginationProps {
  /** Null on the first page. */
  previousHref: string | null;
  /** Null on the last page. */
  nextHref: string | null;
  /** Where the reader is, e.g. "21–40 of 130". */
  status?: string;
  labels?: PaginationLabels;
  className?: string;
}

/** `.kz-page-link` (styles.css), dimmed by `aria-disabled`: every list page has two. */
const linkClass = "kz-page-link";

/**
 * Previous / next as plain links, so paging works without JavaScript and every page has a URL;
 * it fits both cursor and numbered pagination. A missing direction is shown, dimmed, not removed,
 * so the controls do not jump around.
 */
export function Pagination({
  previousHref,
  nextHref,
  status,
  labels = englishPaginationLabels,
  className,
}: PaginationProps) {
  if (!previousHref && !nextHref && !status) return null;
  const edge = (href: string | null, label: string, rel: "prev" | "next") =>
    href ? (
      <a href={href} rel={rel} className={linkClass}>
        {label}
      </a>
    ) : (
      <span aria-disabled="true" className={linkClass}>
        {label}
      </span>
    );
  return (
    <nav
      aria-label={labels.nav}
      className={cn("mt-8 flex items-center justify-between gap-4", className)}
    >
      {edge(previousHref, `← ${labels.previous}`, "prev")}
      {status ? <p className="text-sm text-slate-600">{status}</p> : null}
      {edge(nextHref, `${labels.next} →`, "next")}
    </nav>
  );
}
