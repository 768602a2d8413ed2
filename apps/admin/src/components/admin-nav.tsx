"use client";

import { cn } from "@kz/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";

import { isCurrentSection, type NavGroup } from "../lib/nav";

/**
 * The sections a signed-in user may visit; the current one is marked for assistive technology.
 * `counts` puts a number beside a section (the inbox: what waits for me), read with the page.
 */
export function AdminNav({
  groups,
  counts = {},
}: {
  groups: NavGroup[];
  counts?: Record<string, number>;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin sections">
      <ul className="flex flex-wrap gap-x-6 gap-y-4 md:flex-col">
        {groups.map((group) => (
          <li key={group.label}>
            <p
              id={`nav-${group.label}`}
              className="mb-1 px-3 text-xs font-semibold tracking-wide text-slate-500 uppercase"
            >
              {group.label}
            </p>
            <ul aria-labelledby={`nav-${group.label}`} className="flex flex-wrap gap-1 md:flex-col">
              {group.items.map((item) => {
                const current = isCurrentSection(pathname, item.href);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={current ? "page" : undefined}
                      className={cn(
                        "block rounded-md px-3 py-1.5 text-sm no-underline",
                        current
                          ? "bg-brand-100 text-brand-900 font-semibold"
                          : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                      )}
                    >
                      {item.label}
                      {/* The space keeps the count a word of its own in the link's name. */}
                      {counts[item.href] ? " " : null}
                      {counts[item.href] ? (
                        <span className="bg-brand-700 ml-1 inline-block min-w-5 rounded-full px-1.5 text-center text-xs leading-5 font-semibold text-white tabular-nums">
                          {counts[item.href]}
                          <span className="sr-only"> waiting</span>
                        </span>
                      ) : null}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
