import { EnvError } from "./env";
import { dim, fail, info, UserError } from "./ui";

type Cleanup = { name: string; run: () => Promise<void> };

/**
 * Knows what has been started so far and stops it in reverse order (apps before the database)
 * exactly once, whether the trigger is a signal, a failed step or a crashed child.
 */
export class Lifecycle {
  private cleanups: Cleanup[] = [];
  private stopping = false;

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Holds a start-up step forever once shutdown has begun, so nothing new starts meanwhile. */
  async proceed(): Promise<void> {
    if (this.stopping) await new Promise<never>(() => undefined);
  }

  /** Registers something to stop; the most recent is stopped first. Returns an unregister. */
  onStop(name: string, run: () => Promise<void>): () => void {
    const cleanup = { name, run };
    this.cleanups.push(cleanup);
    return () => {
      this.cleanups = this.cleanups.filter((c) => c !== cleanup);
    };
  }

  /** Stops everything and exits. Later calls are ignored: npm, tsx and the terminal may all
   * deliver the same Ctrl-C. */
  async exit(code: number, reason?: string): Promise<never> {
    if (this.stopping) return new Promise<never>(() => undefined);
    this.stopping = true;
    if (reason) (code === 0 ? info : fail)(reason);
    // Popping (not iterating a copy) also catches what a step still in flight registers meanwhile.
    let stopped = 0;
    for (let cleanup = this.cleanups.pop(); cleanup; cleanup = this.cleanups.pop(), stopped++) {
      info(dim(`… stopping ${cleanup.name}`));
      await cleanup.run().catch((error: unknown) => {
        fail(
          `could not stop ${cleanup.name}: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
    }
    if (code === 0) info("Stopped.");
    else if (stopped > 0) info(dim("Stopped everything that had started."));
    process.exit(code);
  }

  handleSignals(): void {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.on(signal, () => void this.exit(0, `\nReceived ${signal}, shutting down…`));
    }
  }

  /** Prints an error the way the user needs it, then stops everything with exit code 1. */
  fatal(error: unknown): Promise<never> {
    // A step interrupted by the shutdown (an app stopped while it was starting) is no error.
    if (this.stopping) return new Promise<never>(() => undefined);
    if (error instanceof UserError) {
      fail(error.message);
      if (error.hint) info(`  → ${error.hint}`);
    } else if (error instanceof EnvError) {
      fail(error.message);
      info("  → Fix these variables (or unset them to use the defaults) and run npm start again.");
    } else {
      const err = error instanceof Error ? error : new Error(String(error));
      fail(err.message);
      info(
        process.env.DEBUG ? (err.stack ?? "") : dim("  (set DEBUG=1 to see where this came from)"),
      );
    }
    return this.exit(1);
  }
}
