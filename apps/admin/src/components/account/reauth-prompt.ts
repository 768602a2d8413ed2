// One question at a time, from anywhere in the admin to the re-authentication dialog: "prove it is
// you again". Concurrent refusals share the one open question.
type Listener = (open: boolean) => void;

let pending: Promise<boolean> | null = null;
let settle: ((ok: boolean) => void) | null = null;
const listeners = new Set<Listener>();

/** Opens the dialog (or joins the one open) and resolves true once the user re-authenticated. */
export function askToReauthenticate(): Promise<boolean> {
  pending ??= new Promise<boolean>((resolve) => {
    settle = resolve;
    listeners.forEach((l) => l(true));
  });
  return pending;
}

/** The dialog's answer: re-authenticated, or cancelled. */
export function answerReauthentication(ok: boolean): void {
  settle?.(ok);
  pending = null;
  settle = null;
  listeners.forEach((l) => l(false));
}

export function onReauthQuestion(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
