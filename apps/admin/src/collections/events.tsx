import { BY_LAST_UPDATE } from "@kz/api/collections";
import { englishDates, formatEventDate } from "@kz/ui";

import { DateCell, UpdatedCell } from "../components/content/list-frame";
import { EventEditor } from "../components/content/event-editor";
import { env } from "../env";
import { placeOptions, topicOptions } from "../server/options";
import { defineView } from "./define";

export const eventView = defineView({
  lead: "What happened, when and where, each resting on cited sources.",
  newLead: "Saved as a draft; publishing is a separate step.",
  sorts: [
    BY_LAST_UPDATE,
    { value: "date", label: "Date of the event", order: "desc" },
    { value: "title", label: "Title", order: "desc" },
  ],
  async filters(caller) {
    const topics = await topicOptions(caller);
    return [
      {
        name: "topic",
        label: "Topic",
        emptyLabel: "Any topic",
        options: topics.map((t) => ({ value: t.id, label: t.name })),
      },
      { name: "year", label: "Year", year: true },
    ];
  },
  list: (caller) => caller.event.admin.list,
  columns: ["Date", "Citations", "Updated"],
  title: (e) => e.title,
  cells: (e) => [
    <DateCell key="d">
      {formatEventDate(e.startDate, null, e.datePrecision, englishDates)}
    </DateCell>,
    e.citationCount,
    <UpdatedCell key="u" at={e.updatedAt} by={e.updatedBy} />,
  ],
  trashDetail: (e) => e.startDate,
  get: (caller) => caller.event.admin.getForEdit,
  recordTitle: (r) => r.form.title,
  async editor({ user, caller, record }) {
    const [topics, places] = await Promise.all([topicOptions(caller), placeOptions(caller)]);
    return (
      <EventEditor
        key={record?.id}
        record={record}
        role={user.role}
        topics={topics}
        places={places}
        publicSiteUrl={env.PUBLIC_SITE_URL}
      />
    );
  },
});
