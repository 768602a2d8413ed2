import { Container } from "@kz/ui";
import Link from "next/link";

const nav = [
  { href: "/events", label: "Events" },
  { href: "/ratings", label: "Ratings" },
  { href: "/topics", label: "Topics" },
  { href: "/sources", label: "Sources" },
];

export function SiteHeader() {
  return (
    <header className="bg-brand-900 border-b border-slate-200 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <Container className="flex flex-wrap items-center justify-between gap-4 py-4">
        <Link href="/" className="text-lg font-semibold text-white no-underline hover:no-underline">
          Kazakhstan Human Rights Monitor
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-5 text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-brand-100 hover:text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </header>
  );
}
