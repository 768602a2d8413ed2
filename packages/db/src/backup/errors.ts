/** A failure whose message is written for the person running the command: print it without a stack. */
export class BackupError extends Error {
  override name = "BackupError";
}
