import { answer503WhenDatabaseDown } from "@kz/api/availability";

import { routing } from "../../i18n/routing";
import { feedResponse } from "../../server/feed";

/** The English feed (server/feed.ts); each other language's is at /<locale>/feed.xml. */
export const GET = answer503WhenDatabaseDown((request: Request) =>
  feedResponse(request, routing.defaultLocale),
);
