"use client";

import { Alert, Button } from "@kz/ui";
import { useCallback, useEffect, useRef, type ReactNode } from "react";
import type { FieldValues, UseFormRegisterReturn } from "react-hook-form";

import { KINDS, type Kind } from "../../lib/kinds";
import { abilities, type Role } from "../../lib/roles";
import { ConflictPanel, type Formatters } from "./conflict-panel";
import { describe, FormField, TextInput } from "./form-controls";
import { LeaveGuard } from "./leave-guard";
import { PresenceNotice, usePresence } from "./presence";
import { saveStateText } from "./save-state";
import type { EditableRecord, useRecordEditor } from "./use-record-editor";
import { WorkflowBar, type WorkflowRecord } from "./workflow-bar";

type Rec = EditableRecord & WorkflowRecord;

/**
 * Everything around a record form: the workflow bar, the live notice, the conflict panel, and the
 * save bar with the change note, and the guard against leaving unsaved edits (Ctrl+S saves).
 * Viewers (and records in the trash) get the form read-only; so does an editor while another tab
 * holds the record's soft lock, until they take it over (presence.tsx).
 */
export function EditorShell<R extends Rec>({
  kind,
  role,
  editor,
  dirty,
  changeNote,
  publishBlocked,
  publicSiteUrl,
  formatters,
  children,
}: {
  kind: Kind;
  role: Role;
  editor: ReturnType<typeof useRecordEditor<FieldValues, unknown, R>>;
  dirty: boolean;
  changeNote: UseFormRegisterReturn;
  publishBlocked?: string | null;
  publicSiteUrl?: string;
  formatters?: Formatters;
  children: ReactNode;
}) {
  const info = KINDS[kind];
  const can = abilities(role);
  const { record, conflict, notice } = editor;
  const deleted = record?.deletedAt != null;
  const editable = can.edit && !deleted;
  const presence = usePresence({ entityType: info.entityType, id: record?.id, enabled: editable });
  const readOnly = !editable || presence.locked;
  const published = record?.status === "PUBLISHED";

  // Ctrl+S (Cmd+S on a Mac) saves the form instead of saving the web page.
  const { onSubmit } = editor;
  useEffect(() => {
    if (readOnly) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== "s" || !(event.ctrlKey || event.metaKey) || event.altKey)
        return;
      event.preventDefault();
      void onSubmit();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [readOnly, onSubmit]);

  // Autosave waits while the leave guard asks, and while another tab holds the lock: without it,
  // nothing saves by itself.
  const { holdAutosave, refresh } = editor;
  const { locked } = presence;
  const guardAsking = useRef(false);
  useEffect(() => holdAutosave(guardAsking.current || locked), [locked, holdAutosave]);
  const asking = useCallback(
    (open: boolean) => {
      guardAsking.current = open;
      holdAutosave(open || locked);
    },
    [locked, holdAutosave],
  );
  const takeOver = async () => {
    await presence.takeOver();
    // Shows what the previous holder saved meanwhile, unless this tab has unsaved edits of its own
    // (those stay; saving them over a newer version shows the conflict).
    await refresh();
  };

  return (
    <div className="space-y-6">
      <LeaveGuard
        // Still guarded after losing the lock: the unsaved text is in this page only.
        dirty={dirty && editable}
        save={editor.saveBeforeLeaving}
        discard={editor.discardKept}
        asking={asking}
      />
      {record ? (
        <WorkflowBar
          kind={kind}
          record={record}
          role={role}
          dirty={dirty}
          publishBlocked={publishBlocked}
          publicSiteUrl={publicSiteUrl}
          formatters={formatters}
          onDone={async (message) => {
            await editor.refresh();
            editor.setNotice({ tone: "info", text: message });
          }}
          onError={(message) => editor.setNotice({ tone: "danger", text: message })}
        />
      ) : null}

      {editable ? <PresenceNotice {...presence} onTakeOver={() => void takeOver()} /> : null}

      <div ref={editor.noticeRef} tabIndex={-1} aria-live="polite" className="focus:outline-none">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>

      {conflict ? (
        <ConflictPanel
          ref={editor.conflictRef}
          version={conflict.theirs.version}
          updatedBy={conflict.theirs.updatedBy}
          updatedAt={conflict.theirs.savedAt ?? conflict.theirs.updatedAt}
          fields={conflict.fields}
          formatters={formatters}
          saving={editor.saving}
          onReload={editor.reloadTheirs}
          onOverwrite={editor.overwrite}
          onKeepEditing={editor.keepEditing}
        />
      ) : null}

      <form
        onSubmit={editor.onSubmit}
        noValidate
        className="space-y-6"
        aria-label={`${info.label} form`}
      >
        {!editable ? (
          <p className="rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-700">
            {deleted
              ? `This ${info.label.toLowerCase()} is in the trash: restore it to edit it.`
              : `Your role can read this ${info.label.toLowerCase()} but not change it.`}
          </p>
        ) : null}
        <fieldset disabled={readOnly} className="min-w-0 space-y-6">
          <legend className="sr-only">{info.label}</legend>
          {children}
        </fieldset>
        {readOnly ? null : (
          <div className="z-10 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white/95 p-4 shadow-md backdrop-blur md:sticky md:bottom-0">
            <FormField
              id="changeNote"
              label="Change note"
              optional
              className="min-w-[16rem] flex-1"
              hint={
                kind === "event"
                  ? "Shown in the history; when published, also on the public page as the update note."
                  : "Shown in the history."
              }
            >
              <TextInput
                {...describe("changeNote", undefined, true)}
                maxLength={500}
                {...changeNote}
              />
            </FormField>
            <div className="flex flex-col items-end gap-1">
              <Button type="submit" disabled={editor.saving}>
                {editor.saving ? "Saving…" : !record ? "Create draft" : "Save"}
              </Button>
              <span
                className="max-w-xs text-right text-xs text-slate-600"
                role="status"
                data-testid="save-state"
              >
                {record ? saveStateText(editor.saveState, dirty) : dirty ? "Unsaved edits" : ""}
              </span>
            </div>
            {published ? (
              <p className="basis-full text-xs text-slate-600">
                This {info.label.toLowerCase()} is published: saving keeps the public page as it is
                until the changes are published.
              </p>
            ) : null}
          </div>
        )}
      </form>
    </div>
  );
}
