import { BY_LAST_UPDATE } from "@kz/api/collections";
import { sourceKindOutput } from "@kz/api/schemas";

import { SOURCE_KIND_LABELS } from "../components/content/labels";
import { DateCell, UpdatedCell } from "../components/content/list-frame";
import { SourceEditor } from "../components/content/source-editor";
import { defineView } from "./define";

export const sourceView = defineView({
  lead: "Reports, statements, laws and articles that events, ratings and topics cite.",
  sorts: [
    BY_LAST_UPDATE,
    { value: "date", label: "Date published", order: "desc" },
    { value: "title", label: "Title", order: "desc" },
  ],
  filters: () => [
    {
      name: "kind",
      label: "Kind",
      emptyLabel: "Any kind",
      options: sourceKindOutput.options.map((k) => ({ value: k, label: SOURCE_KIND_LABELS[k] })),
    },
    { name: "year", label: "Year published", year: true },
  ],
  list: (caller) => caller.source.admin.list,
  columns: ["Publisher", "Kind", "Published", "Cited", "Updated"],
  title: (s) => s.title,
  cells: (s) => [
    s.publisher,
    SOURCE_KIND_LABELS[s.kind],
    <DateCell key="p">{s.publishedDate ?? "—"}</DateCell>,
    s.citationCount,
    <UpdatedCell key="u" at={s.updatedAt} by={s.updatedBy} />,
  ],
  trashDetail: (s) => s.publisher,
  get: (caller) => caller.source.admin.getForEdit,
  recordTitle: (r) => r.form.title,
  editor: ({ user, record }) => <SourceEditor key={record?.id} record={record} role={user.role} />,
});
