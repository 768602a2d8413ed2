import type { RatingPoint, RatingsChartLabels } from "./ratings-chart";

export interface RatingsTableProps {
  items: readonly RatingPoint[];
  caption: string;
  /** The chart's labels plus the year column's heading. */
  labels: Pick<
    RatingsChartLabels,
    "politicalRights" | "civilLiberties" | "status" | "headOfState"
  > & {
    year: string;
    statusColumn: string;
  };
}

/** The chart's data as a table: the accessible and printable form of the same figures. */
export function RatingsTable({ items, caption, labels }: RatingsTableProps) {
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
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.year}>
              <th scope="row">{i.year}</th>
              <td>{i.politicalRights ?? "–"}</td>
              <td>{i.civilLiberties ?? "–"}</td>
              <td>{i.status ? labels.status[i.status] : "–"}</td>
              <td>{i.headOfState ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
