import { cn, hrefWith } from "@kz/ui";
import Link from "next/link";

import type { Option } from "../../server/options";

/** Ratings are listed one series at a time: a link per series, keeping the rest of the URL simple. */
export function SeriesTabs({
  series,
  current,
  path,
  extra = {},
}: {
  series: Option[];
  current: string | undefined;
  path: string;
  extra?: Record<string, string | undefined>;
}) {
  return (
    <nav aria-label="Rating series">
      <ul className="flex flex-wrap gap-2">
        {series.map((s) => (
          <li key={s.id}>
            <Link
              href={hrefWith(path, { ...extra, series: s.id })}
              aria-current={s.id === current ? "page" : undefined}
              className={cn(
                "block rounded-full border px-3 py-1 text-sm no-underline",
                s.id === current
                  ? "border-brand-700 bg-brand-700 text-white"
                  : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
              )}
            >
              {s.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
