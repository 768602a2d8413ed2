import "server-only";

import type {
  DateLabels,
  KazakhstanMapLabels,
  PaginationLabels,
  RatingsChartLabels,
  RatingsTableProps,
} from "@kz/ui";
import { getMessages, getTranslations } from "next-intl/server";
import { cache } from "react";

/**
 * The shared components' words in the request's language, so a page passes `labels={…}` instead
 * of assembling them. Call from server components only.
 */
export const getLabels = cache(async () => {
  const [t, messages] = await Promise.all([getTranslations(), getMessages()]);
  const status = {
    FREE: t("ratings.free"),
    PARTLY_FREE: t("ratings.partlyFree"),
    NOT_FREE: t("ratings.notFree"),
  };
  // Chart patterns are filled by the component itself, so they are read raw, not as ICU messages.
  const ratingsChart: RatingsChartLabels = {
    title: t.raw("ratings.chartTitle") as string,
    description: t.raw("ratings.chartDescription") as string,
    politicalRights: t("ratings.politicalRights"),
    civilLiberties: t("ratings.civilLiberties"),
    status,
    headOfState: t("ratings.headOfState"),
    scale: t("ratings.scale"),
  };
  const ratingsTable: RatingsTableProps["labels"] = {
    ...ratingsChart,
    year: t("ratings.year"),
    statusColumn: t("ratings.status"),
  };
  const pagination: PaginationLabels = {
    nav: t("pagination.nav"),
    previous: t("pagination.previous"),
    next: t("pagination.next"),
  };
  const map: KazakhstanMapLabels = {
    title: t("map.title"),
    description: t("map.description"),
    marker: (p) => t("map.marker", { name: p.name, count: p.eventCount }),
  };
  return {
    dates: messages.dates satisfies DateLabels,
    pagination,
    ratingsChart,
    ratingsTable,
    map,
    sourceCount: (count: number) => t("events.sourceCount", { count }),
  };
});
