// The admin view of a collection that declares its list and form as data (`admin` in its
// collection): one list and one field-driven form serve every such kind.
import type { ReactNode } from "react";

import { FieldForm } from "../components/content/field-form";
import { UpdatedCell } from "../components/content/list-frame";
import { formSpecOf, type FormKind } from "../components/content/record-form";
import type { AdminSpec } from "@kz/api/collections";
import { defineView, type Caller, type EditRecord, type ListItem, type Page } from "./define";

type Fields = Record<string, unknown>;
type Item = ListItem & Fields;
type Rec = EditRecord & { form: Fields };

/** A field's value in a list cell: lists joined, nothing as "—", a choice by its label. */
function cellOf(value: unknown, options?: Readonly<Record<string, string>>): ReactNode {
  if (Array.isArray(value)) return value.join(", ") || "—";
  if (value === null || value === undefined || value === "") return "—";
  if (options) return options[String(value)] ?? String(value);
  return typeof value === "number" ? value : String(value);
}

/** The collection's admin procedures: every collection's router has the same ones. */
const adminOf = (caller: Caller, kind: FormKind) =>
  caller[kind].admin as unknown as {
    list(input: Record<string, unknown>): Promise<Page<Item>>;
    getForEdit(input: { id: string }): Promise<Rec>;
  };

export function genericView(kind: FormKind, spec: AdminSpec) {
  const title = (fields: Fields) => String(fields[spec.titleField] ?? "");
  // A field a new record numbers after the largest in the list (a topic's position).
  const next = formSpecOf(kind)
    .sections.flatMap((s) => s.fields)
    .find((f) => f.type === "number" && f.next);
  return defineView<Item, Rec>({
    lead: spec.lead,
    sorts: spec.sorts,
    filters: () =>
      (spec.filters ?? []).map((f) => ({
        name: f.name,
        label: f.label,
        emptyLabel: f.emptyLabel,
        options: Object.entries(f.options).map(([value, label]) => ({ value, label })),
      })),
    list: (caller) => adminOf(caller, kind).list,
    columns: [...spec.columns.map((c) => c.label), "Updated"],
    title,
    cells: (item) => [
      ...spec.columns.map((c) => cellOf(item[c.field], c.options)),
      <UpdatedCell key="u" at={item.updatedAt} by={item.updatedBy} />,
    ],
    get: (caller) => adminOf(caller, kind).getForEdit,
    recordTitle: (record) => title(record.form),
    async editor({ user, caller, record }) {
      const last =
        next && !record
          ? await adminOf(caller, kind).list({
              sort: next.name,
              order: "desc",
              limit: 1,
              trash: false,
            })
          : null;
      const defaults =
        next && last ? { [next.name]: Number(last.items[0]?.[next.name] ?? 0) + 1 } : {};
      return (
        <FieldForm
          key={record?.id}
          kind={kind}
          record={record as never}
          role={user.role}
          defaults={defaults}
        />
      );
    },
  });
}
