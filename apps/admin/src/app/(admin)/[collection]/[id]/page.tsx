import type { Metadata } from "next";

import { collectionPage, kindAt } from "../../../../collections";
import { EditHeader } from "../../../../components/content/edit-header";
import { ReviewNotice } from "../../../../components/content/review-notice";
import { firstParam, type SearchParams } from "../../../../lib/format";
import { KINDS } from "../../../../lib/kinds";
import { api } from "../../../../server/caller";
import { orNotFound } from "../../../../server/not-found";
import { requireUser } from "../../../../server/require-user";

type Params = Promise<{ collection: string; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const kind = kindAt((await params).collection);
  return { title: kind ? KINDS[kind].label : "Not found" };
}

export default async function EditRecordPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { kind, view, query, params } = await collectionPage(props);
  const { id } = params;
  const user = await requireUser();
  const caller = await api(user);
  const [record, review] = await Promise.all([
    orNotFound(view.get(caller)({ id })),
    caller.review.ofRecord({ entityType: KINDS[kind].entityType, id }),
  ]);
  return (
    <>
      <EditHeader
        kind={kind}
        title={view.recordTitle(record)}
        created={firstParam(query.created) === "1"}
        back={view.back?.(record)}
      />
      <ReviewNotice review={review} />
      {await view.editor({ user, caller, record, query })}
    </>
  );
}
