"use client";

import { cn } from "@kz/ui";
import Link from "next/link";
import { usePathname } from "next/navigation";

import { isCurrentSection, type NavGroup } from "../lib/nav";

/** The sections a signed-in user may visit; the current one is marked for assistive technology. */
export function AdminNav({ groups }: { groups: NavGroup[] }) {
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
