"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

import { conflictingFields, type FieldConflict } from "../../lib/conflict";
import { errorMessage, showServerErrors } from "../../trpc/form-errors";
import { apiErrorData } from "../../trpc/react";

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
  /** Reads the record from the server (getForEdit). */
  load: (id: string) => Promise<Rec>;
  /** Creates (expectedVersion null) or updates from the version the editor started from. */
  save: (
    values: Output,
    target: { id: string; expectedVersion: number } | null,
  ) => Promise<{
    id: string;
    version: number;
  }>;
  /** Field labels, in form order: for the conflict panel and server messages. */
  labels: Record<string, string>;
  /** Fields whose items have inputs of their own: server messages go to those inputs. */
  nestedFields?: readonly string[];
  /** Where the record's pages live ("/events"). */
  path: string;
  /** The message after a save, e.g. about pending changes. */
  savedMessage?: (record: Rec) => string;
  /**
   * A choice made outside the form that a save would drop (a person picked but not yet added):
   * its message blocks the save until the editor adds or clears it; null when there is none.
   */
  unsavedChoice?: () => string | null;
}

/**
 * Loading, saving and the no-lost-updates rule for one record form. Every save carries the version
 * the form was loaded from; when the server answers CONFLICT the current version is fetched and the
 * fields that differ from the unsaved form are listed. The editor then reloads their version or,
 * after confirming, overwrites it with theirs as the new expected version — never silently.
 */
export function useRecordEditor<Values extends FieldValues, Output, Rec extends EditableRecord>(
  options: RecordEditorOptions<Values, Output, Rec>,
) {
  const { form, toValues, load, save, labels, path } = options;
  const router = useRouter();
  const [record, setRecord] = useState<Rec | null>(options.initial);
  const [conflict, setConflict] = useState<Conflict<Rec> | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const baseValues = useRef<Values | null>(options.initial ? toValues(options.initial) : null);
  const fields = Object.keys(labels) as Path<Values>[];

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
    expectedVersion: number | null,
    stay = false,
  ): Promise<boolean> => {
    const blocked = options.unsavedChoice?.();
    if (blocked) {
      setNotice({ tone: "danger", text: blocked });
      focus(noticeRef);
      return false;
    }
    setSaving(true);
    setNotice(null);
    try {
      const target = record && expectedVersion !== null ? { id: record.id, expectedVersion } : null;
      const result = await save(values, target);
      if (!record) {
        if (!stay) router.push(`${path}/${result.id}?created=1`);
        return true;
      }
      const fresh = await load(result.id);
      adopt(fresh);
      setConflict(null);
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
        let theirs: Rec;
        try {
          theirs = await load(record.id);
        } catch (loadError) {
          setNotice({ tone: "danger", text: errorMessage(loadError) });
          focus(noticeRef);
          return false;
        }
        setConflict({
          theirs,
          fields: conflictingFields(
            form.getValues() as Record<string, unknown>,
            toValues(theirs) as Record<string, unknown>,
            baseValues.current as Record<string, unknown> | null,
            labels,
          ),
        });
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
      setSaving(false);
    }
  };

  const invalid = () =>
    setNotice({
      tone: "danger",
      text: "Some fields need attention: see the messages below them.",
    });
  const onSubmit = form.handleSubmit(async (values) => {
    await write(values, record?.version ?? null);
  }, invalid);

  /** Saves before leaving the page: true once saved, false if anything kept it from saving. */
  const saveBeforeLeaving = async (): Promise<boolean> => {
    let saved = false;
    await form.handleSubmit(async (values) => {
      saved = await write(values, record?.version ?? null, true);
    }, invalid)();
    return saved;
  };

  return {
    record,
    conflict,
    notice,
    saving,
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
      const expected = conflict.theirs.version;
      void form.handleSubmit(async (values) => {
        await write(values, expected);
      })();
    },
    /** Closes the panel; the next save will conflict again, so nothing is overwritten unseen. */
    keepEditing: () => setConflict(null),
  };
}

export type RecordEditor<Rec extends EditableRecord> = ReturnType<
  typeof useRecordEditor<FieldValues, unknown, Rec>
>;

export { errorMessage };
