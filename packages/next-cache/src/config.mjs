// @ts-check

/**
 * How the public site hands the shared cache handler its settings. Next imports the handler on its
 * own, outside the app's bundle, and constructs it with options of its own, so the app's start-up
 * code (apps/web/src/instrumentation.ts) leaves the validated settings here, under a global key:
 * the app's bundled copy of this module and the copy Next's handler imports are two module
 * instances, but they share `globalThis`.
 */

/** @typedef {{ databaseUrl: string; poolSize?: number }} SharedCacheConfig */

const KEY = Symbol.for("@kz/next-cache.config");

/** @returns {Record<symbol, SharedCacheConfig | undefined>} */
const registry = () => /** @type {Record<symbol, SharedCacheConfig | undefined>} */ (globalThis);

/** @param {SharedCacheConfig} config */
export function configureSharedCache(config) {
  registry()[KEY] = config;
}

/** @returns {SharedCacheConfig | undefined} */
export function sharedCacheConfig() {
  return registry()[KEY];
}
