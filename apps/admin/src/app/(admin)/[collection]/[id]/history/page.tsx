import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { kindAt } from "../../../../../collections";
import { HistoryView } from "../../../../../components/content/history-view";
import type { SearchParams } from "../../../../../lib/format";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ collection: string; id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const kind = kindAt((await params).collection) ?? notFound();
  return <HistoryView kind={kind} params={params} searchParams={searchParams} />;
}
