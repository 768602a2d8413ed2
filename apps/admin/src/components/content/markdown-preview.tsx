"use client";

import { Markdown } from "@kz/ui/markdown";
import { memo, useMemo } from "react";

import { previewSections } from "./preview-sections";

/** One section, rendered again only when its own text changes. */
const Section = memo(function Section({ source }: { source: string }) {
  return <Markdown source={source} />;
});

/**
 * The public site's rendering of a text, section by section: typing in a 100 000-character body
 * re-renders the section typed in, not the whole text, and a first render (in a transition) can
 * stop between sections for a keystroke. Each section is keyed by its first line, so adding one
 * leaves the others as they are. The outer box spaces the sections as the text's own blocks.
 */
export function MarkdownPreview({ source }: { source: string }) {
  const sections = useMemo(() => {
    const seen = new Map<string, number>();
    return previewSections(source).map((text) => {
      const first = text.split("\n", 1)[0]!.slice(0, 200);
      const n = (seen.get(first) ?? 0) + 1;
      seen.set(first, n);
      return { key: `${n}:${first}`, text };
    });
  }, [source]);
  return (
    <div className="kz-prose">
      {sections.map((s) => (
        <Section key={s.key} source={s.text} />
      ))}
    </div>
  );
}
