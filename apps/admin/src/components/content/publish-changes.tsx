import { displayValue } from "../../lib/conflict";
import { FIELD_LABELS } from "../../lib/field-labels";
import type { Kind } from "../../lib/kinds";
import type { Formatters } from "./conflict-panel";

/**
 * What publishing pending changes will change on the public site: each changed field, as the
 * public sees it now and as it will read once published.
 */
export function PublishChanges({
  kind,
  fields,
  live,
  next,
  formatters = {},
}: {
  kind: Kind;
  fields: string[];
  live: Record<string, unknown>;
  next: Record<string, unknown>;
  formatters?: Formatters;
}) {
  const labels = FIELD_LABELS[kind];
  const show = (field: string, value: unknown) =>
    formatters[field] ? formatters[field](value) : displayValue(value, 300);
  return (
    <div className="max-h-[50vh] overflow-auto rounded-md border border-slate-200">
      <table className="kz-table text-sm">
        <caption className="sr-only">The changes publishing makes public</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Public now</th>
            <th scope="col">After publishing</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row" className="align-top">
                {labels[field] ?? field}
              </th>
              <td className="align-top break-words whitespace-pre-wrap">
                {show(field, live[field])}
              </td>
              <td className="align-top break-words whitespace-pre-wrap">
                {show(field, next[field])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
