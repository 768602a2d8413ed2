import type { Metadata } from "next";

import { collectionPage, kindAt } from "../../../../collections";
import { EditHeader } from "../../../../components/content/edit-header";
import type { SearchParams } from "../../../../lib/format";
import { KINDS } from "../../../../lib/kinds";
import { api } from "../../../../server/caller";
import { requireRole } from "../../../../server/require-user";

type Params = Promise<{ collection: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const kind = kindAt((await params).collection);
  return { title: kind ? `New ${KINDS[kind].label.toLowerCase()}` : "Not found" };
}

export default async function NewRecordPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { kind, view, query } = await collectionPage(props);
  const user = await requireRole("CONTRIBUTOR");
  const caller = await api(user);
  return (
    <>
      <EditHeader
        kind={kind}
        title={`New ${KINDS[kind].label.toLowerCase()}`}
        lead={view.newLead}
        back={view.newBack?.(query)}
      />
      {await view.editor({ user, caller, record: null, query })}
    </>
  );
}
