import { formatInstant } from "../../lib/format";

/** Where the form's last save stands, as the save bar tells it. */
export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date; auto: boolean }
  /** The save never reached the server: the edits are kept on this device and sent when it can. */
  | { kind: "offline" }
  /** Autosave waits for the editor: a field to fix, a conflict, an error from the server. */
  | { kind: "paused"; reason: string };

/** The save bar's line: one of saving, offline, waiting, unsaved, saved (with the time). */
export function saveStateText(state: SaveState, dirty: boolean): string {
  switch (state.kind) {
    case "saving":
      return "Saving…";
    case "offline":
      return "Offline: your edits are kept on this device and saved when the connection is back.";
    case "paused":
      return `Not saved automatically: ${state.reason}`;
    case "saved": {
      const at = formatInstant(state.at);
      if (dirty) return `Unsaved edits (last saved at ${at})`;
      return state.auto ? `Autosaved at ${at}` : `Saved at ${at}`;
    }
    case "idle":
      return dirty ? "Unsaved edits" : "All edits saved";
  }
}
