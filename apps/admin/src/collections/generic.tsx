// The admin view of a collection that declares its list and form as data (`admin` in its
// collection): one list and one field-driven form serve every such kind.
import type { ReactNode } from "react";

import { FieldForm } from "../components/content/field-form";
import {
  linkedIds,
  linkFieldsOf,
  refNamesOf,
  withLinked,
} from "../components/content/link-options";
import { UpdatedCell } from "../components/content/list-frame";
import { formSpecOf, type FormKind } from "../components/content/record-form";
import { linkOptions } from "../server/options";
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
  const fields = formSpecOf(kind).sections.flatMap((s) => s.fields);
  // A field a new record numbers after the largest in the list (a topic's position).
  const next = fields.find((f) => f.type === "number" && f.next);
  // The collections its `links` fields choose from (a case's people, events and topics).
  const linkedTypes = [...new Set(linkFieldsOf(fields).map((f) => f.to))];
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
      const [last, lists] = await Promise.all([
        next && !record
          ? adminOf(caller, kind).list({
              sort: next.name,
              order: "desc",
              limit: 1,
              trash: false,
            })
          : null,
        linkOptions(caller, linkedTypes),
      ]);
      const defaults =
        next && last ? { [next.name]: Number(last.items[0]?.[next.name] ?? 0) + 1 } : {};
      // What the record links to in the trash is not among the choices: kept, by the record's names.
      const names = refNamesOf(record);
      const options = Object.fromEntries(
        linkedTypes.map((to) => [
          to,
          withLinked(lists[to] ?? [], record ? linkedIds(fields, record.form, to) : [], names),
        ]),
      );
      return (
        <FieldForm
          key={record?.id}
          kind={kind}
          record={record as never}
          role={user.role}
          defaults={defaults}
          options={options}
        />
      );
    },
  });
}
