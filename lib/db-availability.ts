/**
 * "The database is not there right now" — as opposed to a bug. An outage (server stopped, restarting,
 * recovering, too many connections, a connection cut mid-query) is answered with 503 and a "try again
 * in a minute" message; it must never look like a 500. Pure: no imports, usable from the proxy, route
 * handlers, server actions and the worker. See docs/decisions/014-backups-and-outages.md.
 */

/** Prisma error codes that mean the server could not be reached or dropped the connection. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Driver-adapter error kinds (@prisma/adapter-pg) of the same meaning. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Socket errors of node-postgres / net. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ECONNABORTED"]);
/**
 * SQLSTATEs: 08xxx connection exceptions, 57P01 admin_shutdown, 57P02 crash_shutdown,
 * 57P03 cannot_connect_now (starting up / recovering), 53300 too_many_connections.
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
const MESSAGES = [
  /can't reach database server/i,
  /connection terminated/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)/i,
  /server closed the connection unexpectedly/i,
  /connection (refused|closed)/i,
  /timeout exceeded when trying to connect/i,
];

type Loose = { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown; originalCode?: unknown };

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number): boolean => {
    if (!e || typeof e !== "object" || seen.has(e) || depth > 6) return false;
    seen.add(e);
    const x = e as Loose;
    if (typeof x.code === "string" && (PRISMA_CODES.has(x.code) || SOCKET_CODES.has(x.code) || SQLSTATE.test(x.code))) return true;
    if (typeof x.originalCode === "string" && SQLSTATE.test(x.originalCode)) return true;
    if (typeof x.kind === "string" && ADAPTER_KINDS.has(x.kind)) return true;
    if (typeof x.message === "string" && MESSAGES.some((m) => m.test(x.message as string))) return true;
    const meta = x.meta as { driverAdapterError?: unknown } | undefined;
    if (meta && typeof meta === "object" && visit(meta.driverAdapterError, depth + 1)) return true;
    if (x.cause && visit(x.cause, depth + 1)) return true;
    if (Array.isArray((e as { errors?: unknown }).errors)) return (e as { errors: unknown[] }).errors.some((inner) => visit(inner, depth + 1));
    return false;
  };
  return visit(error, 0);
}

/**
 * The connection under a node-postgres client died (its server stopped, crashed or terminated the session: a FATAL
 * error, or the socket closed): that client is unusable, the process is not. What a worker may survive when pg
 * reports it as an 'error' event nobody listened to (scripts/worker.ts).
 */
export function isLostConnection(error: unknown): boolean {
  if (!(error instanceof Error) || !isDatabaseUnavailable(error)) return false;
  return (error as { severity?: unknown }).severity === "FATAL" || /connection terminated/i.test(error.message);
}

/** Seconds a client is asked to wait before retrying during an outage (the Retry-After header). */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;
