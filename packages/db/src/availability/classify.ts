/**
 * Tells "the database cannot serve anyone right now" (restarting, down, unreachable, full) apart
 * from every other database error, whatever layer it arrives through: pg's own errors, the
 * Prisma pg adapter's `DriverAdapterError` kinds, or Prisma's client error codes. Those errors
 * deserve a 503 and a retry; the rest are bugs or bad input.
 */

// SQLSTATEs: 08xxx connection exceptions, 57P01 admin shutdown (a restart), 57P02 crash
// shutdown, 57P03 cannot connect now (starting up, shutting down, in recovery), 53300 too many
// connections, 57014 a statement cancelled by statement_timeout (a database too slow to serve).
const SQLSTATES = new Set([
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "57014",
]);

// Socket errors from Node's net module when the server is gone or unreachable.
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

// What @prisma/adapter-pg turns socket errors and SQLSTATE 53300 into.
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

// Prisma's codes for the same: can't reach (P1001), timed out connecting (P1002) or in an
// operation (P1008), connection closed by the server (P1017), too many connections (P2037).
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2037"]);

// pg raises these as plain Errors without a code.
const PG_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
  // query_timeout (createDb): the server never answered, hung or frozen.
  /^Query read timeout/,
];

// Prisma's P2028 is any misuse of its transaction API, but this one means no connection came free
// (or the server did not answer) within the transaction's maxWait: the database is too slow to serve.
const TRANSACTION_NOT_STARTED = "Unable to start a transaction in the given time";

interface Inspectable {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
}

function matchesItself(error: Inspectable): boolean {
  for (const code of [error.code, error.originalCode]) {
    if (typeof code !== "string") continue;
    if (SQLSTATES.has(code) || SOCKET_CODES.has(code) || PRISMA_CODES.has(code)) return true;
  }
  if (typeof error.kind === "string" && ADAPTER_KINDS.has(error.kind)) return true;
  const message = typeof error.message === "string" ? error.message : "";
  if (error.code === "P2028" && message.includes(TRANSACTION_NOT_STARTED)) return true;
  return PG_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * True when the error (or anything in its `cause` chain, or a Prisma error's driver adapter
 * error) says the database is unavailable rather than that the query failed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const next = queue.shift();
    if (typeof next !== "object" || next === null || seen.has(next)) continue;
    seen.add(next);
    const candidate = next as Inspectable;
    if (matchesItself(candidate)) return true;
    queue.push(candidate.cause, candidate.meta?.driverAdapterError);
  }
  return false;
}
