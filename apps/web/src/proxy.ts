import createMiddleware from "next-intl/middleware";

import { routing } from "./i18n/routing";

/** Maps `/…` to English and `/ru/…`, `/kk/…` to their languages (Next 16's proxy, formerly middleware). */
export default createMiddleware(routing);

export const config = {
  // Everything except the API's endpoints (`/api/trpc/…`, `/api/revalidate`), Next's own files and
  // paths with a dot: files and route handlers that are the same in every language (robots.txt,
  // sitemap.xml, feed.xml, /data/events.csv). `/api` itself is the API's documentation page, a
  // localized page like any other, hence `api/` with the slash.
  matcher: ["/((?!api/|_next|_vercel|.*\\..*).*)"],
};
