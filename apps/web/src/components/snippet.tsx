import type { SnippetSegment } from "@kz/api";
import { Fragment } from "react";

import { plainSegments } from "../lib/snippet";

/**
 * A search hit's snippet with the matching words marked. The segments are plain text and React
 * escapes them: nothing in a record can become markup here.
 */
export function Snippet({
  segments,
  lang,
}: {
  segments: readonly SnippetSegment[];
  lang?: string;
}) {
  const plain = plainSegments(segments);
  if (plain.length === 0) return null;
  return (
    <p lang={lang} className="mt-1 text-sm text-slate-700">
      {plain.map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
            {s.text}
          </mark>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </p>
  );
}
