import type { Metadata } from "next";

import { HistoryView } from "../../../../../components/content/history-view";
import type { SearchParams } from "../../../../../lib/format";

export const metadata: Metadata = { title: "History" };

export default function History(props: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  return <HistoryView kind="place" {...props} />;
}
