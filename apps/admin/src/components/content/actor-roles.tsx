"use client";

import type { WorkflowStatus } from "@kz/api/schemas";
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import type { FieldErrors } from "react-hook-form";

import { useTRPC } from "../../trpc/react";
import { ACTOR_KIND_LABELS } from "@kz/api/collections";
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
 * Who took part in an event and how ("detained", "sentenced"): find an actor, give the role, add;
 * edit or remove the roles already given.
 */
export function ActorRolesEditor({
  value,
  onChange,
  known,
  errors,
  rootError,
  disabled,
  onPendingChange,
}: {
  value: ActorRole[];
  onChange: (value: ActorRole[]) => void;
  known: ActorRef[];
  errors?: FieldErrors<{ actors: ActorRole[] }>["actors"];
  rootError?: string;
  disabled?: boolean;
  /** The name of an actor picked but not added yet (null once added or cleared). */
  onPendingChange?: (name: string | null) => void;
}) {
  const trpc = useTRPC();
  const searchId = useId();
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState<ActorRef[]>([]);
  const [candidate, setPicking] = useState<ActorRef | null>(null);
  const setCandidate = (actor: ActorRef | null) => {
    setPicking(actor);
    onPendingChange?.(actor?.name ?? null);
  };
  const [role, setRole] = useState("");
  const [addError, setAddError] = useState<string | null>(null);
  const query = useDeferredValue(q.trim());
  const results = useQuery(
    trpc.actor.admin.list.queryOptions(
      { q: query, limit: 8, sort: "title", order: "asc", trash: false },
      { enabled: query.length > 0 && !disabled },
    ),
  );
  const names = new Map([...known, ...picked].map((a) => [a.id, a]));

  const add = () => {
    if (!candidate) return;
    const r = role.trim();
    if (!r) {
      setAddError("Say what the actor did in the event, e.g. detained.");
      return;
    }
    if (value.some((v) => v.actorId === candidate.id && v.role === r)) {
      setAddError(`${candidate.name} already has the role "${r}".`);
      return;
    }
    setPicked((p) => [...p, candidate]);
    onChange([...value, { actorId: candidate.id, role: r }]);
    setCandidate(null);
    setRole("");
    setQ("");
    setAddError(null);
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
                    onChange={(e) =>
                      onChange(value.map((v, j) => (j === i ? { ...v, role: e.target.value } : v)))
                    }
                  />
                  <FieldError id={id} error={error} />
                </div>
                <button
                  type="button"
                  className={smallButton + " mt-1.5"}
                  disabled={disabled}
                  aria-label={`Remove ${name} (${a.role})`}
                  onClick={() => onChange(value.filter((_, j) => j !== i))}
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
          {candidate ? (
            <div className="flex flex-wrap items-end gap-2">
              <p className="pb-2 text-sm">
                <span className="font-medium">{candidate.name}</span>{" "}
                <button
                  type="button"
                  className="text-brand-700 text-xs underline"
                  onClick={() => setCandidate(null)}
                >
                  change
                </button>
              </p>
              <div className="w-56 space-y-1">
                <label
                  htmlFor={`${searchId}-role`}
                  className="block text-sm font-medium text-slate-800"
                >
                  Role in the event
                </label>
                <TextInput
                  id={`${searchId}-role`}
                  value={role}
                  placeholder="detained"
                  aria-invalid={addError ? true : undefined}
                  aria-describedby={addError ? `${searchId}-add-error` : undefined}
                  onChange={(e) => setRole(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") {
                      e.preventDefault();
                      add();
                    }
                  }}
                  autoFocus
                />
              </div>
              <button type="button" className={smallButton + " py-2"} onClick={add}>
                Add actor
              </button>
              {addError ? (
                <p id={`${searchId}-add-error`} className="basis-full text-sm text-red-700">
                  {addError}
                </p>
              ) : null}
            </div>
          ) : (
            <>
              <label htmlFor={searchId} className="block text-sm font-medium text-slate-800">
                Add an actor: find by name
              </label>
              <input
                id={searchId}
                type="search"
                value={q}
                onChange={(e) => setQ(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") e.preventDefault();
                }}
                className={controlClass + " text-sm"}
                placeholder="Name or other name"
              />
              {query ? (
                <ul
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
                          setCandidate({ id: a.id, name: a.name, kind: a.kind, status: a.status })
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
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
