import { createNavigation } from "next-intl/navigation";

import { routing } from "./routing";

/** Locale-aware `Link` and helpers: `<Link href="/events">` goes to `/ru/events` on Russian pages. */
export const { Link, getPathname, usePathname } = createNavigation(routing);
