import type { Metadata } from "next";

import { EditHeader } from "../../../../components/content/edit-header";
import { EventEditor } from "../../../../components/content/event-editor";
import { env } from "../../../../env";
import { api } from "../../../../server/caller";
import { placeOptions, topicOptions } from "../../../../server/options";
import { requireRole } from "../../../../server/require-user";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  const user = await requireRole("CONTRIBUTOR");
  const caller = await api(user);
  const [topics, places] = await Promise.all([topicOptions(caller), placeOptions(caller)]);
  return (
    <>
      <EditHeader
        kind="event"
        title="New event"
        lead="Saved as a draft; publishing is a separate step."
      />
      <EventEditor
        record={null}
        role={user.role}
        topics={topics}
        places={places}
        publicSiteUrl={env.PUBLIC_SITE_URL}
      />
    </>
  );
}
