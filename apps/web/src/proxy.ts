import createMiddleware from "next-intl/middleware";

import { routing } from "./i18n/routing";

/** Maps `/…` to English and `/ru/…`, `/kk/…` to their languages (Next 16's proxy, formerly middleware). */
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, Next's own files and files with an extension (favicon.ico, robots.txt).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
