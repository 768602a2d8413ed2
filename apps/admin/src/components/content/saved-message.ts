/**
 * The message after saving a record that the public site shows: edits to a published one wait as
 * pending changes, which people tend to miss.
 */
export const savedMessage = (record: { version: number; hasPendingChanges: boolean }) =>
  record.hasPendingChanges
    ? `Saved (version ${record.version}) as pending changes: the public page shows the published version until you publish.`
    : `Saved: version ${record.version}.`;
