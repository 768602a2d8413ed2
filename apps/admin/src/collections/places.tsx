import { UpdatedCell } from "../components/content/list-frame";
import { FieldForm } from "../components/content/field-form";
import { defineView } from "./define";

export const placeView = defineView({
  lead: "Cities, regions and sites where events happened. Each is public once published.",
  sorts: [
    { value: "title", label: "Name", order: "asc" },
    { value: "updatedAt", label: "Last updated", order: "desc" },
  ],
  list: (caller) => caller.place.admin.list,
  columns: ["Region", "Other names", "Events", "Updated"],
  title: (p) => p.name,
  cells: (p) => [
    p.region ?? "—",
    p.otherNames.join(", ") || "—",
    p.eventCount,
    <UpdatedCell key="u" at={p.updatedAt} by={p.updatedBy} />,
  ],
  get: (caller) => caller.place.admin.getForEdit,
  recordTitle: (r) => r.form.name,
  editor: ({ user, record }) => (
    <FieldForm key={record?.id} kind="place" record={record} role={user.role} />
  ),
});
