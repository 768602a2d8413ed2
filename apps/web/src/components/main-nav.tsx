"use client";

import { usePathname } from "next/navigation";

export interface NavItem {
  /** In the page's language already (`/ru/events`): nothing of next-intl runs in the browser. */
  href: string;
  label: string;
}

/** The sections, marking the one the reader is in (read from the URL: the shared layout is not told the path). */
export function MainNav({ items, label }: { items: readonly NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="kz-nav flex flex-wrap gap-x-5 text-[0.95rem]">
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <a href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
