"use client";

import type { WorkflowStatus } from "@kz/api/schemas";
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useEffect, useId, useRef, useState } from "react";
import type { FieldErrors } from "react-hook-form";

import { useTRPC } from "../../trpc/react";
import { ACTOR_KIND_LABELS } from "@kz/api/collections";
import { moveFocus } from "./arrow-keys";
import { controlClass, describe, FieldError, smallButton, TextInput } from "./form-controls";
import { StatusBadge } from "./status";

export interface ActorRole {
  actorId: string;
  role: string;
}
export interface ActorRef {
  id: string;
  name: string;
  kind: keyof typeof ACTOR_KIND_LABELS;
  /** Not published: the event cannot be public without them (publishing offers both). */
  status: WorkflowStatus;
}

/** A badge for a person nobody has published yet, nothing for a published one. */
const Unpublished = ({ status }: { status: WorkflowStatus }) =>
  status === "PUBLISHED" ? null : <StatusBadge status={status} />;

/**
 * Who took part in an event and how ("detained", "sentenced"): find an actor and choose them — they
 * join the list at once, with the role to fill in, so a choice is never left out of a save — and
 * edit or remove the roles given. The arrow keys move through the results.
 */
export function ActorRolesEditor({
  value,
  onChange,
  known,
  errors,
  rootError,
  disabled,
}: {
  value: ActorRole[];
  onChange: (value: ActorRole[]) => void;
  known: ActorRef[];
  errors?: FieldErrors<{ actors: ActorRole[] }>["actors"];
  rootError?: string;
  disabled?: boolean;
}) {
  const trpc = useTRPC();
  const searchId = useId();
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState<ActorRef[]>([]);
  const searchRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLUListElement>(null);
  // The row whose role input takes focus once rendered (the one just added).
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useEffect(() => {
    if (focusRow === null) return;
    document.getElementById(`actors-${focusRow}-role`)?.focus();
    setFocusRow(null);
  }, [focusRow]);
  const query = useDeferredValue(q.trim());
  const results = useQuery(
    trpc.actor.admin.list.queryOptions(
      { q: query, limit: 8, sort: "title", order: "asc", trash: false },
      { enabled: query.length > 0 && !disabled },
    ),
  );
  const names = new Map([...known, ...picked].map((a) => [a.id, a]));

  const choose = (actor: ActorRef) => {
    setPicked((p) => [...p, actor]);
    onChange([...value, { actorId: actor.id, role: "" }]);
    setFocusRow(value.length);
    setQ("");
  };
  const resultButtons = () =>
    Array.from(resultsRef.current?.querySelectorAll<HTMLElement>("button") ?? []);
  const onResultsKey = (event: React.KeyboardEvent) => {
    const buttons = resultButtons();
    moveFocus(event, searchRef.current, buttons, buttons.indexOf(event.target as HTMLElement));
  };

  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="text-sm font-medium text-slate-800">Actors</legend>
      {value.length ? (
        <ul className="space-y-2" aria-label="Actors in this event">
          {value.map((a, i) => {
            const actor = names.get(a.actorId);
            const name = actor?.name ?? a.actorId;
            const id = `actors-${i}-role`;
            const error = errors?.[i]?.role?.message;
            return (
              <li key={`${a.actorId}-${i}`} className="flex flex-wrap items-start gap-2">
                <span className="min-w-[12rem] flex-1 pt-2 text-sm">
                  <span className="font-medium">{name}</span>
                  {actor ? (
                    <>
                      <span className="mx-2 text-xs text-slate-500">
                        {ACTOR_KIND_LABELS[actor.kind]}
                      </span>
                      <Unpublished status={actor.status} />
                    </>
                  ) : null}
                </span>
                <div className="w-56 space-y-1">
                  <label htmlFor={id} className="sr-only">
                    Role of {name}
                  </label>
                  <TextInput
                    {...describe(id, error)}
                    value={a.role}
                    disabled={disabled}
                    placeholder="Role, e.g. detained"
                    onChange={(e) =>
                      onChange(value.map((v, j) => (j === i ? { ...v, role: e.target.value } : v)))
                    }
                    onKeyDown={(e) => {
                      // Enter after the role goes back to the search for the next person, and
                      // does not submit the form.
                      if (e.key !== "Enter") return;
                      e.preventDefault();
                      searchRef.current?.focus();
                    }}
                  />
                  <FieldError
                    id={id}
                    error={error && !a.role.trim() ? `Say what ${name} did, e.g. detained` : error}
                  />
                </div>
                <button
                  type="button"
                  className={smallButton + " mt-1.5"}
                  disabled={disabled}
                  aria-label={`Remove ${name} (${a.role})`}
                  onClick={() => {
                    onChange(value.filter((_, j) => j !== i));
                    searchRef.current?.focus();
                  }}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">No actors yet.</p>
      )}
      {value.some((a) => names.get(a.actorId)?.status !== "PUBLISHED" && names.has(a.actorId)) ? (
        <p className="text-sm text-slate-600">
          Someone here is not published yet: the event cannot be public without them, so publishing
          it offers to publish them too.
        </p>
      ) : null}
      <FieldError id="actors" error={rootError} />

      {disabled ? null : (
        <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
          <label htmlFor={searchId} className="block text-sm font-medium text-slate-800">
            Add an actor: find by name
          </label>
          <input
            id={searchId}
            ref={searchRef}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              const buttons = resultButtons();
              if (e.key === "Enter") {
                // Enter chooses the only match; it never submits the form.
                e.preventDefault();
                if (buttons.length === 1) buttons[0]!.click();
                return;
              }
              moveFocus(e, searchRef.current, buttons, -1);
            }}
            className={controlClass + " text-sm"}
            placeholder="Name or other name"
            aria-describedby={`${searchId}-keys`}
          />
          <p id={`${searchId}-keys`} className="text-xs text-slate-600">
            Choosing adds them at once; ↓ and ↑ move through the results.
          </p>
          {query ? (
            <ul
              ref={resultsRef}
              onKeyDown={onResultsKey}
              className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white"
              aria-live="polite"
            >
              {(results.data?.items ?? []).map((a) => (
                <li
                  key={a.id}
                  className="flex items-center justify-between gap-3 px-3 py-1.5 text-sm"
                >
                  <span className="flex flex-wrap items-center gap-2">
                    {a.name}
                    <span className="text-xs text-slate-500">{ACTOR_KIND_LABELS[a.kind]}</span>
                    <Unpublished status={a.status} />
                  </span>
                  <button
                    type="button"
                    className={smallButton}
                    aria-label={`Choose ${a.name}`}
                    onClick={() =>
                      choose({ id: a.id, name: a.name, kind: a.kind, status: a.status })
                    }
                  >
                    Choose
                  </button>
                </li>
              ))}
              {results.data && results.data.items.length === 0 ? (
                <li className="px-3 py-1.5 text-sm text-slate-500">
                  No actor matches. Editors can add one under Actors.
                </li>
              ) : null}
            </ul>
          ) : null}
        </div>
      )}
    </fieldset>
  );
}
