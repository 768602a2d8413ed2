import { readFile } from "node:fs/promises";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

export type { SchemaEngine };

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

let loaded: Promise<void> | undefined;
let openEngines = 0;
const pendingTimers = new Set<NodeJS.Timeout>();

// The engine races the advisory-lock query against a 10 s setTimeout and never clears it, which would keep
// Node alive for 10 s after every apply. Track its timers and clear them once no engine is in use.
function engineSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    pendingTimers.delete(timer);
    callback();
  }, ms >>> 0);
  pendingTimers.add(timer);
  return timer;
}

function clearEngineTimers(): void {
  for (const timer of pendingTimers) clearTimeout(timer);
  pendingTimers.clear();
}

// The package's entry point does `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot load
// without --experimental-wasm-modules, so instantiate the module ourselves and hand it to the JS glue, as
// wasm-bindgen's "bundler" target expects. The glue keeps the instance in module state: load it once per process.
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const wasmUrl = new URL(
      "schema_engine_bg.wasm",
      import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"),
    );
    const setTimeoutImport = Object.keys(glue).find((key) => key.startsWith("__wbg_setTimeout_"));
    if (!setTimeoutImport) {
      throw new Error("Unexpected @prisma/schema-engine-wasm build: no setTimeout import");
    }
    const { instance } = await WebAssembly.instantiate(await readFile(wasmUrl), {
      "./schema_engine_bg.js": {
        ...glue,
        [setTimeoutImport]: engineSetTimeout,
      } as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return loaded;
}

/**
 * Runs `work` with a schema engine talking to the database through `adapterFactory`.
 * The engine connects (and queries the server version) as soon as it is created.
 */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const bound = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  openEngines += 1;
  try {
    const engine = await glue.SchemaEngine.new({ datamodels: undefined }, () => {}, bound);
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    throw unwrapAdapterError(error, bound.errorRegistry);
  } finally {
    openEngines -= 1;
    if (openEngines === 0) clearEngineTimers();
  }
}

// When a JS adapter call throws something that is not a mapped database error, the engine only reports
// "External error id#N"; the original error waits in the registry.
function unwrapAdapterError(
  error: unknown,
  registry: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>["errorRegistry"],
): unknown {
  const id =
    error instanceof Error ? /External error id#(\d+)/.exec(error.message)?.[1] : undefined;
  return id === undefined ? error : (registry.consumeError(Number(id))?.error ?? error);
}
