"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useFieldArray, type Control, type FieldValues } from "react-hook-form";

import { FieldError, smallButton } from "./form-controls";

/** "an entry", "a finding". */
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;

/**
 * A list of items each edited with its own fields (a case's timeline entries, its findings): added,
 * removed and reordered. Each item is a group named by its heading ("Entry 2"); its fields come
 * from `renderItem`, which names them under `${name}.${index}`. Only this list re-renders when an
 * item is added, removed or moved, not the whole form.
 */
export function EntriesEditor({
  control,
  name,
  label,
  item,
  hint,
  empty,
  error,
  renderItem,
}: {
  control: Control<FieldValues>;
  /** The form's field holding the list ("entries"). */
  name: string;
  /** What the list is called ("Timeline"). */
  label: string;
  /** How one item reads ("Entry"). */
  item: string;
  hint?: string;
  /** A new item's values. */
  empty: Readonly<Record<string, unknown>>;
  /** A message about the list as a whole. */
  error?: string;
  /** The fields of the item at `index`. */
  renderItem: (index: number) => ReactNode;
}) {
  const { fields, append, remove, move } = useFieldArray({ control, name });
  const [announcement, setAnnouncement] = useState("");
  // After a move or a removal the button pressed may be gone or disabled: the focus goes on to the
  // element with this id once the list has re-rendered.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const idBase = name.replaceAll(".", "-");
  const idOf = (i: number, part: string) => `${idBase}-${i}-${part}`;
  const noun = item.toLowerCase();
  const count = fields.length;

  const moveTo = (from: number, to: number) => {
    move(from, to);
    const up = to < from;
    // The same button, unless the item reached the end it was moving to (the button is disabled).
    const atEnd = up ? to === 0 : to === count - 1;
    focusNext.current = idOf(to, up !== atEnd ? "up" : "down");
    setAnnouncement(`${item} ${from + 1} moved ${up ? "up" : "down"}: now ${noun} ${to + 1}.`);
  };
  const removeAt = (i: number) => {
    remove(i);
    const left = count - 1;
    focusNext.current = left ? idOf(Math.min(i, left - 1), "heading") : `${idBase}-add`;
    setAnnouncement(`${item} ${i + 1} removed.`);
  };

  return (
    <div className="space-y-3">
      {hint ? (
        <p id={`${idBase}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {count ? (
        <ol
          className="space-y-4"
          aria-label={label}
          aria-describedby={hint ? `${idBase}-hint` : undefined}
        >
          {fields.map((field, i) => {
            const heading = `${item} ${i + 1}`;
            return (
              <li key={field.id}>
                <fieldset
                  aria-labelledby={idOf(i, "heading")}
                  className="min-w-0 space-y-4 rounded-md border border-slate-200 bg-slate-50/60 p-3 sm:p-4"
                >
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3
                      id={idOf(i, "heading")}
                      tabIndex={-1}
                      className="font-semibold text-slate-900 focus:outline-none"
                    >
                      {heading}
                    </h3>
                    <div className="flex flex-wrap gap-1">
                      <button
                        id={idOf(i, "up")}
                        type="button"
                        className={smallButton}
                        disabled={i === 0}
                        aria-label={`Move ${noun} ${i + 1} up`}
                        onClick={() => moveTo(i, i - 1)}
                      >
                        ↑
                      </button>
                      <button
                        id={idOf(i, "down")}
                        type="button"
                        className={smallButton}
                        disabled={i === count - 1}
                        aria-label={`Move ${noun} ${i + 1} down`}
                        onClick={() => moveTo(i, i + 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        className={smallButton}
                        aria-label={`Remove ${noun} ${i + 1}`}
                        onClick={() => removeAt(i)}
                      >
                        Remove
                      </button>
                    </div>
                  </div>
                  {renderItem(i)}
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-slate-500">None yet.</p>
      )}
      <FieldError id={idBase} error={error} />
      <button
        id={`${idBase}-add`}
        type="button"
        className={smallButton}
        onClick={() => {
          // The new item's first field takes the focus (useFieldArray's append).
          append(structuredClone({ ...empty }));
          setAnnouncement(`${item} ${count + 1} added.`);
        }}
      >
        Add {withArticle(noun)}
      </button>
      <p className="sr-only" role="status">
        {announcement}
      </p>
    </div>
  );
}
