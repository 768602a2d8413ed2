import { COLLECTIONS } from "@kz/api/collections";
import type { RoleInput as Role } from "@kz/api/schemas";

export interface NavItem {
  href: string;
  label: string;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

interface NavEntry extends NavItem {
  /** Shown only to this role: hiding a link is a courtesy, the page and the API refuse anyway. */
  adminOnly?: boolean;
}

const GROUPS: { label: string; items: NavEntry[] }[] = [
  {
    label: "Overview",
    items: [
      { href: "/", label: "Dashboard" },
      { href: "/inbox", label: "Inbox" },
    ],
  },
  {
    label: "Content",
    items: [
      ...COLLECTIONS.map((c) => ({ href: c.path, label: c.plural })),
      { href: "/trash", label: "Trash" },
      { href: "/translations", label: "Translations" },
    ],
  },
  {
    label: "Administration",
    items: [
      { href: "/users", label: "Users", adminOnly: true },
      { href: "/audit", label: "Audit log", adminOnly: true },
    ],
  },
  {
    label: "You",
    items: [
      { href: "/tokens", label: "API tokens" },
      { href: "/account", label: "Account" },
    ],
  },
];

/** The navigation a role sees, without empty groups. */
export function navFor(role: Role): NavGroup[] {
  return GROUPS.map((g) => ({
    label: g.label,
    items: g.items
      .filter((i) => !i.adminOnly || role === "ADMIN")
      .map(({ href, label }) => ({ href, label })),
  })).filter((g) => g.items.length > 0);
}

/** Whether a nav link is the current section: "/events" for "/events/abc/history", "/" only for "/". */
export function isCurrentSection(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
