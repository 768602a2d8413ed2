import type { Metadata } from "next";

import { EditHeader } from "../../../../components/content/edit-header";
import { EventEditor } from "../../../../components/content/event-editor";
import { env } from "../../../../env";
import { firstParam, type SearchParams } from "../../../../lib/format";
import { api } from "../../../../server/caller";
import { orNotFound } from "../../../../server/not-found";
import { placeOptions, topicOptions } from "../../../../server/options";
import { requireUser } from "../../../../server/require-user";

export const metadata: Metadata = { title: "Event" };

export default async function EventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const caller = await api(user);
  const [record, topics, places] = await Promise.all([
    orNotFound(caller.event.admin.getForEdit({ id })),
    topicOptions(caller),
    placeOptions(caller),
  ]);
  return (
    <>
      <EditHeader
        kind="event"
        title={record.form.title}
        created={firstParam(query.created) === "1"}
      />
      <EventEditor
        key={record.id}
        record={record}
        role={user.role}
        topics={topics}
        places={places}
        publicSiteUrl={env.PUBLIC_SITE_URL}
      />
    </>
  );
}
