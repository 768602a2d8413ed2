// Settings the apps' env modules read without loading the database client.

/** No request of the apps or the worker runs a statement nearly this long (see createDb). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;
