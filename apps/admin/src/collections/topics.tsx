import { UpdatedCell } from "../components/content/list-frame";
import { FieldForm } from "../components/content/field-form";
import { defineView } from "./define";

export const topicView = defineView({
  lead: "The sections of the record, each with an overview and its events.",
  sorts: [
    { value: "position", label: "Position", order: "asc" },
    { value: "title", label: "Name", order: "asc" },
    { value: "updatedAt", label: "Last updated", order: "desc" },
  ],
  list: (caller) => caller.topic.admin.list,
  columns: ["Position", "Events", "Updated"],
  title: (t) => t.name,
  cells: (t) => [
    t.position,
    t.eventCount,
    <UpdatedCell key="u" at={t.updatedAt} by={t.updatedBy} />,
  ],
  get: (caller) => caller.topic.admin.getForEdit,
  recordTitle: (r) => r.form.name,
  async editor({ user, caller, record }) {
    // A new topic goes after the last one.
    const last = record
      ? null
      : await caller.topic.admin.list({ sort: "position", order: "desc", limit: 1, trash: false });
    return (
      <FieldForm
        key={record?.id}
        kind="topic"
        record={record}
        role={user.role}
        defaults={{ position: (last?.items[0]?.position ?? 0) + 1 }}
      />
    );
  },
});
