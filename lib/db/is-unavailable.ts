// "The database is not there right now" (stopped, restarting, unreachable, out of connections), as
// opposed to a fault in the statement or the data. A request that meets it can be answered "nothing was
// saved, try again in a moment" (503) instead of a bare 500: the statement that failed was atomic, and
// trying again is safe (a second signature of the same address is a duplicate, not a second row).
// Looks through the causes that Prisma's driver adapters and pg wrap around the socket's error.

const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
// P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 server closed the connection, P2024 pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// SQLSTATE: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 53300 too many connections.
const SQL_STATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const PG_MESSAGES = [/^Connection terminated/, /timeout exceeded when trying to connect/, /not queryable/, /Connection closed/i];

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown }; unavailable?: unknown };
  // A DatabaseError (./database-error.ts) was classified when it left the driver, before its words went.
  if (e.unavailable === true) return true;
  if (typeof e.code === "string" && (NODE_CODES.has(e.code) || PRISMA_CODES.has(e.code) || SQL_STATES.has(e.code) || e.code.startsWith("08"))) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && PG_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  const inner = [e.cause, e.meta?.driverAdapterError, ...(error instanceof AggregateError ? error.errors : [])];
  return inner.some((next) => isDatabaseUnavailable(next, depth + 1));
}
