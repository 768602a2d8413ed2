import { Badge } from "./components";
import { formatEventDate, type DatePrecision } from "./format";

export interface EventCardProps {
  href: string;
  title: string;
  summary: string;
  startDate: string;
  endDate: string | null;
  datePrecision: DatePrecision;
  topics: { slug: string; name: string }[];
  places: { slug: string; name: string }[];
  sourceCount: number;
}

/** One event in a list: its date at its precision, title, summary, and where it is filed. */
export function EventCard(props: EventCardProps) {
  return (
    <article className="border-b border-slate-200 py-5 last:border-b-0">
      <p className="text-sm font-medium text-slate-500">
        <time dateTime={props.startDate}>
          {formatEventDate(props.startDate, props.endDate, props.datePrecision)}
        </time>
        {props.places.length > 0 ? (
          <span> · {props.places.map((p) => p.name).join(", ")}</span>
        ) : null}
      </p>
      <h3 className="text-brand-900 mt-1 font-serif text-xl font-semibold">
        <a href={props.href} className="text-inherit">
          {props.title}
        </a>
      </h3>
      <p className="mt-2 text-slate-700">{props.summary}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {props.topics.map((t) => (
          <Badge key={t.slug} tone="brand">
            {t.name}
          </Badge>
        ))}
        <span className="text-xs text-slate-500">
          {props.sourceCount} {props.sourceCount === 1 ? "source" : "sources"}
        </span>
      </div>
    </article>
  );
}
