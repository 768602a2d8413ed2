import { afterEach, describe, expect, it, vi } from "vitest";

import { Lifecycle } from "./lifecycle";

afterEach(() => vi.restoreAllMocks());

function quiet() {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  return vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
}

describe("Lifecycle", () => {
  it("stops the most recently started first, then exits with the code", async () => {
    const exit = quiet();
    const order: string[] = [];
    const lifecycle = new Lifecycle();
    lifecycle.onStop("postgres", async () => void order.push("postgres"));
    lifecycle.onStop("apps", async () => void order.push("apps"));
    await lifecycle.exit(0);
    expect(order).toEqual(["apps", "postgres"]);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it("stops only once when asked repeatedly (npm, tsx and the terminal all forward Ctrl-C)", async () => {
    const exit = quiet();
    const stop = vi.fn(async () => undefined);
    const lifecycle = new Lifecycle();
    lifecycle.onStop("apps", stop);
    const first = lifecycle.exit(0);
    void lifecycle.exit(0);
    void lifecycle.exit(1);
    await first;
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it("keeps stopping the rest when one cleanup fails, and skips unregistered ones", async () => {
    quiet();
    const stopped: string[] = [];
    const lifecycle = new Lifecycle();
    lifecycle.onStop("postgres", async () => void stopped.push("postgres"));
    const forget = lifecycle.onStop("build", async () => void stopped.push("build"));
    lifecycle.onStop("apps", async () => {
      throw new Error("boom");
    });
    forget();
    await lifecycle.exit(1);
    expect(stopped).toEqual(["postgres"]);
  });
});
