import { BY_LAST_UPDATE } from "@kz/api/collections";
import Link from "next/link";

import { FREEDOM_LABELS } from "../components/content/labels";
import { secondaryLinkButton, UpdatedCell } from "../components/content/list-frame";
import { RatingEditor } from "../components/content/rating-editor";
import { SeriesTabs } from "../components/content/series-tabs";
import { idParam } from "../lib/list-params";
import { seriesOptions } from "../server/options";
import { defineView } from "./define";

const inSeries = (path: string, series: string | undefined) =>
  series ? `${path}?series=${series}` : path;

export const ratingView = defineView({
  lead: "Scores by year, one series at a time (e.g. Freedom House's Freedom in the World).",
  searchLabel: "Head of state or note",
  sorts: [{ value: "year", label: "Year", order: "desc" }, BY_LAST_UPDATE],
  filters: () => [{ name: "year", label: "Year", year: true }],
  // One series at a time: the one asked for, else the first.
  async scope(caller, params) {
    const series = await seriesOptions(caller);
    const current = (series.find((s) => s.id === idParam(params, "series")) ?? series[0])?.id;
    return {
      input: current ? { seriesId: current } : {},
      keep: { series: current },
      empty: !current,
      tabs: (path, extra) =>
        series.length ? (
          <SeriesTabs series={series} current={current} path={path} extra={extra} />
        ) : (
          <p className="text-slate-600">There are no rating series yet.</p>
        ),
    };
  },
  newHref: (keep) => (keep.series ? inSeries("/ratings/new", keep.series) : null),
  actions: (keep) => (
    <Link href={inSeries("/ratings/import", keep.series)} className={secondaryLinkButton}>
      Import CSV
    </Link>
  ),
  list: (caller) => caller.rating.admin.list,
  columns: ["Political rights", "Civil liberties", "Freedom status", "Citations", "Updated"],
  title: (r) => String(r.year),
  cells: (r) => [
    r.politicalRights ?? "—",
    r.civilLiberties ?? "—",
    r.freedomStatus ? FREEDOM_LABELS[r.freedomStatus] : "—",
    r.citationCount,
    <UpdatedCell key="u" at={r.updatedAt} by={r.updatedBy} />,
  ],
  get: (caller) => caller.rating.admin.getForEdit,
  recordTitle: (r) => `${r.series.name}, ${r.form.year}`,
  back: (r) => ({ href: inSeries("/ratings", r.series.id), label: r.series.name }),
  newBack: (query) => ({ href: inSeries("/ratings", idParam(query, "series")), label: "Ratings" }),
  async editor({ user, caller, record, query }) {
    const series = await seriesOptions(caller);
    return (
      <RatingEditor
        key={record?.id}
        record={record}
        role={user.role}
        series={series}
        seriesId={record ? undefined : idParam(query, "series")}
      />
    );
  },
});
