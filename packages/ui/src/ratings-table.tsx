import type { RatingPoint, RatingsChartLabels } from "./ratings-chart";

export interface RatingsTableProps {
  /** `note` is optional: the column appears when a note label is given and some year has a note. */
  items: readonly (RatingPoint & { note?: string | null })[];
  caption: string;
  /** The chart's labels plus the year column's heading. */
  labels: Pick<
    RatingsChartLabels,
    "politicalRights" | "civilLiberties" | "status" | "headOfState"
  > & {
    year: string;
    statusColumn: string;
    note?: string;
  };
  /** An `id` for each year's row, so a year can be linked to (`#year-2023`). */
  rowId?: (year: number) => string;
}

/** The chart's data as a table: the accessible and printable form of the same figures. */
export function RatingsTable({ items, caption, labels, rowId }: RatingsTableProps) {
  const showNote = labels.note !== undefined && items.some((i) => i.note);
  return (
    <div className="overflow-x-auto">
      <table className="kz-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.year}</th>
            <th scope="col">{labels.politicalRights}</th>
            <th scope="col">{labels.civilLiberties}</th>
            <th scope="col">{labels.statusColumn}</th>
            <th scope="col">{labels.headOfState}</th>
            {showNote ? <th scope="col">{labels.note}</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.year} id={rowId?.(i.year)}>
              <th scope="row">{i.year}</th>
              <td>{i.politicalRights ?? "–"}</td>
              <td>{i.civilLiberties ?? "–"}</td>
              <td>{i.status ? labels.status[i.status] : "–"}</td>
              <td>{i.headOfState ?? "–"}</td>
              {showNote ? <td>{i.note ?? ""}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
