import { cn } from "@kz/ui";
import { Fragment, isValidElement, type ReactNode } from "react";

/**
 * A horizontally scrolling table with a caption for screen readers and a column header per entry
 * of `columns`. Empty entries (columns shown only to some) are skipped; an entry that is itself a
 * `<th>` (one that needs a class) is used as it is. With `stack`, each row becomes a card on a phone
 * (under 640 px, globals.css): its cells one under another, each labelled by its `data-label`.
 */
export function DataTable({
  caption,
  columns,
  framed = false,
  stack = false,
  children,
}: {
  caption: ReactNode;
  columns: ReactNode[];
  /** In a bordered white box, for a table standing on the grey page rather than in a card. */
  framed?: boolean;
  /** Rows as cards on a phone; give each <td> a `data-label` (its column's name). */
  stack?: boolean;
  /** The rows. */
  children: ReactNode;
}) {
  return (
    <div className={cn("overflow-x-auto", framed && "rounded-md border border-slate-200 bg-white")}>
      <table className={cn("kz-table", stack && "kz-stack")}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => {
              if (column === null || column === undefined || column === false) return null;
              if (isValidElement(column) && column.type === "th") {
                return <Fragment key={i}>{column}</Fragment>;
              }
              return (
                <th key={i} scope="col">
                  {column}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The header of a column of row buttons: named for screen readers, blank on screen. */
export const actionsColumn = <span className="sr-only">Actions</span>;
