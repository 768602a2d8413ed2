import { answer503WhenDatabaseDown } from "@kz/api/availability";

import { routing } from "../../../i18n/routing";
import { feedResponse } from "../../../server/feed";

/** /ru/feed.xml, /kk/feed.xml: the feed in that language (server/feed.ts); English's is /feed.xml. */
export const GET = answer503WhenDatabaseDown(
  async (request: Request, { params }: { params: Promise<{ locale: string }> }) => {
    const { locale } = await params;
    const language = routing.locales.find((l) => l === locale && l !== routing.defaultLocale);
    if (!language)
      return new Response("No feed in this language: see /feed.xml.\n", { status: 404 });
    return feedResponse(request, language);
  },
);
