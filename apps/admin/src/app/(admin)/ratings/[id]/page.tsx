import type { Metadata } from "next";

import { EditHeader } from "../../../../components/content/edit-header";
import { RatingEditor } from "../../../../components/content/rating-editor";
import { firstParam, type SearchParams } from "../../../../lib/format";
import { api } from "../../../../server/caller";
import { orNotFound } from "../../../../server/not-found";
import { seriesOptions } from "../../../../server/options";
import { requireUser } from "../../../../server/require-user";

export const metadata: Metadata = { title: "Rating" };

export default async function RatingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const caller = await api(user);
  const [record, series] = await Promise.all([
    orNotFound(caller.rating.admin.getForEdit({ id })),
    seriesOptions(caller),
  ]);
  return (
    <>
      <EditHeader
        kind="rating"
        title={`${record.series.name}, ${record.form.year}`}
        created={firstParam(query.created) === "1"}
        back={{ href: `/ratings?series=${record.series.id}`, label: record.series.name }}
      />
      <RatingEditor key={record.id} record={record} role={user.role} series={series} />
    </>
  );
}
