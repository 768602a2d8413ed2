import type { Option } from "../../server/options";

/** The choices of a select among records (series, for one): each record's id, shown by its name. */
export function RecordOptions({ records }: { records: Option[] }) {
  return records.map((record) => (
    <option key={record.id} value={record.id}>
      {record.name}
    </option>
  ));
}
