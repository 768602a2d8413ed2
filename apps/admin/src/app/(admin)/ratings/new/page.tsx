import type { Metadata } from "next";

import { EditHeader } from "../../../../components/content/edit-header";
import { RatingEditor } from "../../../../components/content/rating-editor";
import { type SearchParams } from "../../../../lib/format";
import { idParam } from "../../../../lib/list-params";
import { api } from "../../../../server/caller";
import { seriesOptions } from "../../../../server/options";
import { requireRole } from "../../../../server/require-user";

export const metadata: Metadata = { title: "New rating" };

export default async function NewRatingPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireRole("CONTRIBUTOR");
  const series = await seriesOptions(await api(user));
  const seriesId = idParam(await searchParams, "series");
  return (
    <>
      <EditHeader
        kind="rating"
        title="New rating"
        back={{ href: seriesId ? `/ratings?series=${seriesId}` : "/ratings", label: "Ratings" }}
      />
      <RatingEditor record={null} role={user.role} series={series} seriesId={seriesId} />
    </>
  );
}
