import type { ReactNode } from "react";

/**
 * Numbered citations. Ids carry a prefix so they cannot collide with footnotes that GitHub
 * markdown generates inside a body text (`user-content-fn-…`).
 */
const noteId = (prefix: string, n: number) => `${prefix}-${n}`;
const refId = (prefix: string, n: number) => `${prefix}-ref-${n}`;

export interface FootnoteRefProps {
  n: number;
  /** Accessible text for the marker, e.g. "Source 3". */
  label: string;
  idPrefix?: string;
}

/** The superscript marker in the text, linking down to its note. */
export function FootnoteRef({ n, label, idPrefix = "cite" }: FootnoteRefProps) {
  return (
    <sup id={refId(idPrefix, n)} className="ml-0.5">
      <a href={`#${noteId(idPrefix, n)}`} aria-label={label} className="no-underline">
        [{n}]
      </a>
    </sup>
  );
}

export interface FootnotesProps {
  title: string;
  /** In order: the first is note 1. */
  notes: readonly { key: string; content: ReactNode; referenced?: boolean }[];
  /** Accessible text for the link back up, e.g. "Back to the text". */
  backLabel: string;
  idPrefix?: string;
}

/** The numbered list the markers point to, each note linking back to where it was cited. */
export function Footnotes({ title, notes, backLabel, idPrefix = "cite" }: FootnotesProps) {
  if (notes.length === 0) return null;
  const headingId = `${idPrefix}-heading`;
  return (
    <section aria-labelledby={headingId} className="mt-10 border-t border-slate-200 pt-6">
      <h2 id={headingId} className="text-brand-900 font-serif text-xl font-semibold">
        {title}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6 text-sm text-slate-700">
        {notes.map((note, i) => (
          <li key={note.key} id={noteId(idPrefix, i + 1)} className="target:bg-amber-50">
            {note.content}
            {note.referenced ? (
              <>
                {" "}
                {/* Underlined: a link inside the note's text must not be told apart by colour alone. */}
                <a href={`#${refId(idPrefix, i + 1)}`} aria-label={backLabel} className="underline">
                  ↩
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
