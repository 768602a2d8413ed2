import type { MetadataRoute } from "next";
import { connection } from "next/server";

import { env } from "../env";
import { absoluteUrl } from "../lib/absolute-url";

/** Everything public may be crawled; the API's endpoints are for programs, not search results. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // PUBLIC_SITE_URL is known when the server starts, not at build time.
  await connection();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/trpc/", "/api/revalidate"] },
    sitemap: absoluteUrl(env.PUBLIC_SITE_URL, "/sitemap.xml"),
  };
}
