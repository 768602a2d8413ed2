"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldErrors, FieldValues, Path, UseFormReturn } from "react-hook-form";

import { conflictingFields, type FieldConflict } from "../../lib/conflict";
import { formatInstant } from "../../lib/format";
import { errorMessage, showServerErrors } from "../../trpc/form-errors";
import { apiErrorData } from "../../trpc/react";
import { invalidFieldsMessage } from "./form-messages";
import {
  changedKeys,
  dropEdits,
  isNetworkError,
  keepEdits,
  keptEdits,
  keptEditsKey,
} from "./kept-edits";
import type { SaveState } from "./save-state";

/** How long typing pauses before an autosave; and how soon a save that found no network retries. */
const AUTOSAVE_DELAY_MS = 3000;
const OFFLINE_RETRY_MS = 15000;

/** What every record opened for editing has. */
export interface EditableRecord {
  id: string;
  version: number;
  updatedBy?: string | null;
  updatedAt: Date;
  /** The last save, pending changes included. */
  savedAt?: Date;
}

export interface Conflict<Rec> {
  /** The record as it is on the server now. */
  theirs: Rec;
  fields: FieldConflict[];
}

export interface Notice {
  tone: "info" | "danger";
  text: string;
}

export interface RecordEditorOptions<
  Values extends FieldValues,
  Output,
  Rec extends EditableRecord,
> {
  form: UseFormReturn<Values, unknown, Output>;
  /** The record as loaded; null on a "new" page. */
  initial: Rec | null;
  /** The form's values for a record. */
  toValues: (record: Rec) => Values;
  /**
   * The kind's admin procedures (`client.event.admin`): the record is read with getForEdit, and
   * saved with create, or with update from the version the editor started from.
   */
  procedures: EditorProcedures<Output, Rec>;
  /** Field labels, in form order: for the conflict panel and server messages. */
  labels: Record<string, string>;
  /** Fields whose items have inputs of their own: server messages go to those inputs. */
  nestedFields?: readonly string[];
  /** Where the record's pages live ("/events"). */
  path: string;
  /** The message after a save, e.g. about pending changes. */
  savedMessage?: (record: Rec) => string;
  /**
   * Autosave: whether this editor may save the record now (its role may edit, it is not in the
   * trash), and the form's schema to check values with first (a form that does not pass waits).
   */
  autosave?: { enabled: boolean; schema: { safeParse(values: unknown): ParseResult<Output> } };
}

/** Where a save goes: an existing record, over the version the edits were made on. */
interface SaveTarget {
  id: string;
  expectedVersion: number;
  /** Marks the revision as the autosave's. */
  autosave?: true;
}

type Saved = Promise<{ id: string; version: number }>;

export interface EditorProcedures<Output, Rec> {
  getForEdit: { query(input: { id: string }): Promise<Rec> };
  create: { mutate(input: Output): Saved };
  update: { mutate(input: Output & SaveTarget): Saved };
}

type ParseResult<Output> = { success: true; data: Output } | { success: false };

/**
 * Loading, saving and the no-lost-updates rule for one record form. Every save carries the version
 * the form was loaded from; when the server answers CONFLICT the current version is fetched and the
 * fields that differ from the unsaved form are listed. The editor then reloads their version or,
 * after confirming, overwrites it with theirs as the new expected version — never silently.
 */
export function useRecordEditor<Values extends FieldValues, Output, Rec extends EditableRecord>(
  options: RecordEditorOptions<Values, Output, Rec>,
) {
  const { form, toValues, labels, path } = options;
  // The procedures hang off the page's one client: fixed for the editor's life, so `load` is too.
  const [procedures] = useState(() => options.procedures);
  const load = useCallback((id: string) => procedures.getForEdit.query({ id }), [procedures]);
  const save = (values: Output, target: SaveTarget | null) =>
    target ? procedures.update.mutate({ ...values, ...target }) : procedures.create.mutate(values);
  const router = useRouter();
  const [record, setRecord] = useState<Rec | null>(options.initial);
  const [conflict, setConflict] = useState<Conflict<Rec> | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const baseValues = useRef<Values | null>(options.initial ? toValues(options.initial) : null);
  // The version saves are made from: the record's, or that of edits restored from this device.
  const expected = useRef<number | null>(options.initial?.version ?? null);
  // One save at a time: a Ctrl+S during an autosave waits for it, or they would conflict.
  const inflight = useRef<Promise<unknown> | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  // Held while the leave guard asks: "leave without saving" must not find the edits saved behind it.
  const held = useRef(false);
  // Set by a conflict: autosave waits until the editor has chosen (reload theirs, or save).
  const afterConflict = useRef(false);
  const fields = Object.keys(labels) as Path<Values>[];
  const keptKey = record ? keptEditsKey(path, record.id) : null;

  const { isDirty } = form.formState;
  // Leaving with unsaved edits asks first.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  // Focus moves to what appeared (the conflict panel, a notice) once it is rendered.
  const [focusTarget, setFocusTarget] = useState<"conflict" | "notice" | null>(null);
  useEffect(() => {
    if (!focusTarget) return;
    (focusTarget === "conflict" ? conflictRef : noticeRef).current?.focus();
    setFocusTarget(null);
  }, [focusTarget]);
  const focus = (ref: React.RefObject<HTMLElement | null>) =>
    setFocusTarget(ref === conflictRef ? "conflict" : "notice");

  /** Re-renders the server parts of the page (heading), dropping the one-off "?created=1". */
  const refreshPage = useCallback(() => {
    if (window.location.search) router.replace(window.location.pathname, { scroll: false });
    else router.refresh();
  }, [router]);

  /** Shows this version of the record in the form, discarding unsaved edits. */
  const adopt = useCallback(
    (fresh: Rec) => {
      setRecord(fresh);
      expected.current = fresh.version;
      const values = toValues(fresh);
      baseValues.current = values;
      form.reset(values);
    },
    [form, toValues],
  );

  /**
   * Re-reads the record after a workflow action. Unsaved edits are never rebased silently onto a
   * newer version: with edits in the form, the record (and so the expected version) stays as it was.
   */
  const refresh = useCallback(async () => {
    if (!record) return;
    if (!form.formState.isDirty) adopt(await load(record.id));
    refreshPage();
  }, [record, load, form, adopt, refreshPage]);

  /**
   * Saves, and says whether it did. A new record's page follows it unless `stay` (the leave guard
   * goes where the editor was going instead).
   */
  const write = async (
    values: Output,
    /** Over this version (after a confirmed overwrite); else the one the edits were made on. */
    over?: number,
    stay = false,
  ): Promise<boolean> => {
    setSaving(true);
    setNotice(null);
    await inflight.current;
    const expectedVersion = over ?? expected.current;
    try {
      const target = record && expectedVersion !== null ? { id: record.id, expectedVersion } : null;
      const saving = save(values, target);
      inflight.current = saving.catch(() => null);
      const result = await saving;
      if (!record) {
        if (!stay) router.push(`${path}/${result.id}?created=1`);
        return true;
      }
      if (keptKey) dropEdits(localStorage, keptKey);
      afterConflict.current = false;
      const fresh = await load(result.id);
      adopt(fresh);
      setConflict(null);
      setSaveState({ kind: "saved", at: fresh.savedAt ?? fresh.updatedAt, auto: false });
      // The page's heading and breadcrumbs come from the server.
      refreshPage();
      setNotice({
        tone: "info",
        text: options.savedMessage?.(fresh) ?? `Saved: version ${fresh.version}.`,
      });
      focus(noticeRef);
      return true;
    } catch (error) {
      const data = apiErrorData(error);
      if (data.code === "CONFLICT" && record && data.currentVersion !== undefined) {
        afterConflict.current = true;
        try {
          await showConflict(record.id);
        } catch (loadError) {
          setNotice({ tone: "danger", text: errorMessage(loadError) });
          focus(noticeRef);
          return false;
        }
        focus(conflictRef);
        return false;
      }
      const message = showServerErrors(error, form.setError, fields, options.nestedFields);
      if (message) {
        setNotice({ tone: "danger", text: message });
        focus(noticeRef);
      }
      return false;
    } finally {
      inflight.current = null;
      setSaving(false);
    }
  };

  /** Shows the conflict panel: the record as it is now, and the fields both sides changed. */
  const showConflict = async (id: string) => {
    const theirs = await load(id);
    setConflict({
      theirs,
      fields: conflictingFields(
        form.getValues() as Record<string, unknown>,
        toValues(theirs) as Record<string, unknown>,
        baseValues.current as Record<string, unknown> | null,
        labels,
      ),
    });
  };

  const autosaveOn = !!record && !!options.autosave?.enabled;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const schedule = useCallback((delay = AUTOSAVE_DELAY_MS) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void autosaveRef.current(), delay);
  }, []);

  /**
   * Saves the edits as an autosave revision once typing pauses: quietly (no notice, focus stays
   * where the editor types), from the version they were made on, so a conflict is shown and never
   * overwritten. The edits are kept on this device until the server has them.
   */
  const autosave = async () => {
    if (!record || !keptKey || !options.autosave?.enabled) return;
    if (conflict || held.current || afterConflict.current) return;
    if (inflight.current) return schedule();
    const values = form.getValues();
    const changed = changedKeys(values, baseValues.current ?? {}).filter((k) => k !== "changeNote");
    if (!changed.length) return;
    const parsed = options.autosave.schema.safeParse(values);
    if (!parsed.success) {
      setSaveState({
        kind: "paused",
        reason: "some fields need attention; save to see the messages.",
      });
      return;
    }
    const version = expected.current ?? record.version;
    keepEdits(localStorage, keptKey, { version, values, at: new Date().toISOString() });
    setSaveState({ kind: "saving" });
    // The change note belongs to the next save made on purpose, not to an autosave.
    const saving = save({ ...parsed.data, changeNote: undefined } as Output, {
      id: record.id,
      expectedVersion: version,
      autosave: true,
    });
    inflight.current = saving.catch(() => null);
    try {
      const fresh = await load((await saving).id);
      dropEdits(localStorage, keptKey);
      setRecord(fresh);
      expected.current = fresh.version;
      baseValues.current = values;
      // The saved values become the form's baseline; what was typed during the save stays unsaved.
      const now = form.getValues();
      form.reset(values, {
        keepValues: true,
        keepErrors: true,
        keepTouched: true,
        keepSubmitCount: true,
      });
      const since = changedKeys(now, values);
      for (const k of since) form.setValue(k as Path<Values>, now[k], { shouldDirty: true });
      if (since.length) schedule();
      setSaveState({ kind: "saved", at: fresh.savedAt ?? fresh.updatedAt, auto: true });
    } catch (error) {
      if (isNetworkError(error, navigator.onLine)) {
        setSaveState({ kind: "offline" });
        schedule(OFFLINE_RETRY_MS);
      } else if (apiErrorData(error).code === "CONFLICT") {
        afterConflict.current = true;
        setSaveState({
          kind: "paused",
          reason: "someone else saved this record meanwhile; save to choose what to keep.",
        });
        await showConflict(record.id).catch(() => null);
      } else setSaveState({ kind: "paused", reason: errorMessage(error) });
    } finally {
      inflight.current = null;
    }
  };
  /** Holds autosave while the editor decides whether to leave; releasing it saves after a pause. */
  const holdAutosave = useCallback(
    (hold: boolean) => {
      const released = held.current && !hold;
      held.current = hold;
      if (released) schedule();
    },
    [schedule],
  );
  const autosaveRef = useRef(autosave);
  useEffect(() => {
    autosaveRef.current = autosave;
  });

  // Typing (any change to the form) restarts the pause; coming back online saves at once.
  useEffect(() => {
    if (!autosaveOn) return;
    const subscription = form.watch(() => schedule());
    const online = () => schedule(0);
    window.addEventListener("online", online);
    return () => {
      clearTimeout(timer.current);
      subscription.unsubscribe();
      window.removeEventListener("online", online);
    };
  }, [form, autosaveOn, schedule]);

  // Edits kept on this device by a save that never reached the server come back after a reload.
  useEffect(() => {
    if (!autosaveOn || !keptKey || !options.initial) return;
    const kept = keptEdits(localStorage, keptKey);
    if (!kept) return;
    const current = form.getValues() as Record<string, unknown>;
    const changed = changedKeys(kept.values, current);
    if (!changed.length) return dropEdits(localStorage, keptKey);
    for (const k of changed)
      form.setValue(k as Path<Values>, kept.values[k] as never, { shouldDirty: true });
    const since = kept.version !== options.initial.version;
    if (since) {
      // Saved over by someone since: saving from the old version shows a conflict, not an overwrite.
      expected.current = kept.version;
      baseValues.current = null;
    }
    setNotice({
      tone: "info",
      text:
        `Restored edits kept on this device at ${formatInstant(new Date(kept.at))} that had not reached the server` +
        (since
          ? `. The record has been saved since (version ${options.initial.version}): saving shows what differs, and overwrites nothing unseen.`
          : ": they are saved in a moment."),
    });
    schedule();
    // Once, for the record as the page loaded it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const invalid = (errors: FieldErrors<Values>) =>
    setNotice({ tone: "danger", text: invalidFieldsMessage(Object.keys(errors), labels) });
  const onSubmit = form.handleSubmit(async (values) => {
    await write(values);
  }, invalid);

  /** Saves before leaving the page: true once saved, false if anything kept it from saving. */
  const saveBeforeLeaving = async (): Promise<boolean> => {
    // An autosave may have saved everything already: nothing to do then.
    await inflight.current;
    if (!form.formState.isDirty) return true;
    let saved = false;
    await form.handleSubmit(async (values) => {
      saved = await write(values, undefined, true);
    }, invalid)();
    return saved;
  };

  return {
    record,
    conflict,
    notice,
    saving,
    saveState,
    holdAutosave,
    /** Leaving without saving: the edits kept on this device go too, or a reload would restore them. */
    discardKept: () => {
      clearTimeout(timer.current);
      if (keptKey) dropEdits(localStorage, keptKey);
    },
    conflictRef,
    noticeRef,
    onSubmit,
    saveBeforeLeaving,
    refresh,
    setNotice: (n: Notice | null) => {
      setNotice(n);
      if (n) focus(noticeRef);
    },
    /** Discards the unsaved edits and shows the version on the server. */
    reloadTheirs: () => {
      if (!conflict) return;
      if (keptKey) dropEdits(localStorage, keptKey);
      afterConflict.current = false;
      setSaveState({ kind: "idle" });
      adopt(conflict.theirs);
      setConflict(null);
      setNotice({
        tone: "info",
        text: `Showing version ${conflict.theirs.version}; your unsaved edits were discarded.`,
      });
      focus(noticeRef);
    },
    /** Saves the form over their version, once the editor has confirmed. */
    overwrite: () => {
      if (!conflict) return;
      const theirs = conflict.theirs.version;
      void form.handleSubmit(async (values) => {
        await write(values, theirs);
      }, invalid)();
    },
    /** Closes the panel; the next save will conflict again, so nothing is overwritten unseen. */
    keepEditing: () => setConflict(null),
  };
}

export type RecordEditor<Rec extends EditableRecord> = ReturnType<
  typeof useRecordEditor<FieldValues, unknown, Rec>
>;

export { errorMessage };
