import { actorKindOutput } from "@kz/api/schemas";

import { FieldForm } from "../components/content/field-form";
import { ACTOR_KIND_LABELS } from "../components/content/labels";
import { UpdatedCell } from "../components/content/list-frame";
import { defineView } from "./define";

export const actorView = defineView({
  lead: "People, organisations and government bodies named in events. Each is public once published.",
  sorts: [
    { value: "title", label: "Name", order: "asc" },
    { value: "updatedAt", label: "Last updated", order: "desc" },
  ],
  filters: () => [
    {
      name: "kind",
      label: "Kind",
      emptyLabel: "Any kind",
      options: actorKindOutput.options.map((k) => ({ value: k, label: ACTOR_KIND_LABELS[k] })),
    },
  ],
  list: (caller) => caller.actor.admin.list,
  columns: ["Kind", "Other names", "Events", "Updated"],
  title: (a) => a.name,
  cells: (a) => [
    ACTOR_KIND_LABELS[a.kind],
    a.otherNames.join(", ") || "—",
    a.eventCount,
    <UpdatedCell key="u" at={a.updatedAt} by={a.updatedBy} />,
  ],
  get: (caller) => caller.actor.admin.getForEdit,
  recordTitle: (r) => r.form.name,
  editor: ({ user, record }) => (
    <FieldForm key={record?.id} kind="actor" record={record} role={user.role} />
  ),
});
