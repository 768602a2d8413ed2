// A collection whose content lives in its own table's columns (and, for some, in join rows it
// rewrites on each save) is loaded and written by the engine the same way but for names. This
// builds those methods once from the collection's table; a collection declares only what is its
// own: how a row reads as content, which columns content writes, its links, its hooks.
import type { Db } from "@kz/db";

import { notFound } from "../errors";
import type { Tx } from "../shared/tx";
import { editMeta, editorsInclude, type MetaRow } from "./admin-output";
import { madeBy, workflowColumns, type KindRow, type WorkflowKind } from "./engine";
import type { EditMetaOutput } from "./workflow.schema";

/**
 * Prisma's model delegate narrowed to the calls made here. Each model's delegate has its own
 * generated types that no generic signature relates, so the table is reached by name once, below.
 */
interface WorkflowTable {
  create(args: { data: object; select: { id: true } }): Promise<{ id: string }>;
  findMany(args: { where: object; include?: object }): Promise<unknown[]>;
  findUnique(args: { where: { id: string }; include: object }): Promise<unknown>;
  updateMany(args: { where: object; data: object }): Promise<unknown>;
  update(args: { where: { id: string }; data: object }): Promise<unknown>;
  delete(args: { where: { id: string } }): Promise<unknown>;
}

const tableOf = (tx: Tx | Db, table: string): WorkflowTable =>
  (tx as unknown as Record<string, WorkflowTable>)[table.charAt(0).toLowerCase() + table.slice(1)]!;

type OwnMethods = "insert" | "load" | "update" | "markPublished" | "writeLive" | "remove";

export type TableKindSpec<Data extends object, Form, Row> = Omit<
  WorkflowKind<Data, Form>,
  OwnMethods
> & {
  /** What `load` reads with each row: the joins `toData` needs. */
  include?: object;
  /** A stored row as content, in the admin form's shape. */
  toData(row: Row): Data;
  /** The table's own columns for this content. */
  columns(data: Data): object;
  /** Writes the content's join rows; `replace` first drops the ones the record has. */
  writeLinks?(tx: Tx, id: string, data: Data, replace: boolean): Promise<void>;
  /** Purges a record from the trash; by default deletes its row (joins cascade). */
  remove?(tx: Tx, id: string): Promise<void>;
};

/** A table's kind, which also opens its records for the admin's edit page. */
export interface TableKind<Data extends object, Form, Row> extends WorkflowKind<Data, Form> {
  /**
   * A record opened for editing: its row (with the joins `toData` needs, its editors' names and
   * `extra`, e.g. counts) and its workflow state with the working copy and published content.
   * Refused as NOT_FOUND, naming the kind, when there is no such record.
   */
  openForEdit<Extra extends object = object>(
    db: Db,
    id: string,
    extra?: object,
  ): Promise<{ row: Row & Extra; record: EditMetaOutput & { form: Data; live: Data | null } }>;
}

export function tableKind<Data extends object, Form, Row>(
  spec: TableKindSpec<Data, Form, Row>,
): TableKind<Data, Form, Row> {
  const { include, toData, columns, writeLinks, remove, ...kind } = spec;
  const table = (tx: Tx) => tableOf(tx, kind.table);
  const statusColumn = kind.sql.status;
  // The engine reads every kind's status as `status`; ratings call the column workflowStatus.
  const asKindRow = (row: Row): KindRow => {
    const r = row as KindRow & Record<string, unknown>;
    return statusColumn === "status" ? r : { ...r, status: r[statusColumn] as KindRow["status"] };
  };
  const self: TableKind<Data, Form, Row> = {
    ...kind,
    async openForEdit<Extra extends object>(db: Db, id: string, extra: object = {}) {
      const row = (await tableOf(db, kind.table).findUnique({
        where: { id },
        include: { ...include, ...editorsInclude, ...extra },
      })) as (Row & Extra) | null;
      if (!row) throw notFound(kind.label);
      return {
        row,
        record: editMeta<Data>(
          self as unknown as WorkflowKind<Data>,
          asKindRow(row) as MetaRow,
          toData(row),
        ),
      };
    },
    async insert(tx, data, editor) {
      const { id } = await table(tx).create({
        data: { ...columns(data), [statusColumn]: "DRAFT", ...madeBy(editor) },
        select: { id: true },
      });
      await writeLinks?.(tx, id, data, false);
      return id;
    },
    async load(tx, ids) {
      const rows = (await table(tx).findMany({
        where: { id: { in: [...ids] } },
        ...(include ? { include } : {}),
      })) as Row[];
      return rows.map((row) => ({ row: asKindRow(row), live: toData(row) }));
    },
    async update(tx, ids, fields) {
      await table(tx).updateMany({
        where: { id: { in: ids } },
        data: {
          ...workflowColumns(fields, statusColumn),
          // Only a collection whose note is public keeps the last one on the record.
          ...(kind.publicNote && fields.lastUpdateNote !== undefined
            ? { lastUpdateNote: fields.lastUpdateNote }
            : {}),
        },
      });
    },
    async markPublished(tx, ids, now) {
      await table(tx).updateMany({
        where: { id: { in: ids }, publishedAt: null },
        data: { publishedAt: now },
      });
    },
    async writeLive(tx, id, data) {
      await table(tx).update({ where: { id }, data: columns(data) });
      await writeLinks?.(tx, id, data, true);
    },
    remove:
      remove ??
      (async (tx, id) => {
        await table(tx).delete({ where: { id } });
      }),
  };
  return self;
}
