import net from "node:net";
import { databaseUrlSetting } from "@/lib/env";

/**
 * Is the PostgreSQL server of DATABASE_URL accepting connections? Asked by the proxy before a page is
 * rendered, so that an outage is answered with a 503 page instead of a 500 from deep inside a render.
 *
 * Cheap by design: one TCP connection with a protocol-3 StartupMessage, no authentication, no query.
 * PostgreSQL answers 'R' (an authentication request) when it accepts connections, or 'E' with SQLSTATE
 * 57P03 while starting up or recovering, 57P01 while shutting down, 53300 when full. Refused, reset
 * or silent for `timeoutMs` = down. The answer is cached (up: 2 s, down: 1 s) and concurrent callers
 * share one probe, so the database sees at most one probe per second per web process, whatever the load.
 */
export type ProbeResult = { up: boolean; reason?: string };

/** How long an "up" answer is trusted: after an outage starts, pages may pass the proxy for this long. */
export const UP_TTL_MS = 2_000;
const DOWN_TTL_MS = 1_000;
const TIMEOUT_MS = 3_000; // generous: a busy machine may take a while to fork a backend; refused or reset is immediate

type State = { result?: ProbeResult; at: number; pending?: Promise<ProbeResult> };
const globalState = globalThis as unknown as { __amanahDbProbe?: State };
const state: State = (globalState.__amanahDbProbe ??= { at: 0 });

/** Parses a postgres:// URL into what the probe needs; undefined when there is nothing to probe. */
export function probeTarget(url: string | undefined): { host: string; port: number; user: string; database: string } | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (!/^postgres(ql)?:$/.test(u.protocol)) return undefined;
    const host = u.hostname.replace(/^\[|\]$/g, "") || "localhost";
    if (host.startsWith("/")) return undefined; // a Unix socket: not probed
    return {
      host,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username || "postgres"),
      database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    };
  } catch {
    return undefined;
  }
}

function startupMessage(user: string, database: string): Buffer {
  const params = Buffer.from(`user\0${user}\0database\0${database}\0application_name\0amanah-health-probe\0\0`, "utf8");
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + params.length, 0);
  head.writeInt32BE(196608, 4); // protocol 3.0
  return Buffer.concat([head, params]);
}

/** One probe, uncached. */
export function probeOnce(target: { host: string; port: number; user: string; database: string }, timeoutMs = TIMEOUT_MS): Promise<ProbeResult> {
  return new Promise((resolve) => {
    let settled = false;
    let received = Buffer.alloc(0);
    const socket = net.connect({ host: target.host, port: target.port });
    const done = (result: ProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => done({ up: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
    socket.once("connect", () => socket.write(startupMessage(target.user, target.database)));
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const type = String.fromCharCode(received[0] ?? 0);
      if (type === "R" || type === "S" || type === "N") return done({ up: true });
      if (type !== "E") return done({ up: false, reason: `unexpected answer '${type}'` });
      if (received.length < 5) return;
      const length = received.readInt32BE(1);
      if (received.length < 1 + length) return; // wait for the whole error message
      const code = /\0C([0-9A-Z]{5})\0/.exec("\0" + received.subarray(5, 1 + length).toString("utf8"))?.[1] ?? "";
      // Not accepting connections now vs. a configuration answer (bad user, no such database): the latter is up.
      const down = /^(57P0[1-3]|53300|08...)$/.test(code);
      done(down ? { up: false, reason: `SQLSTATE ${code}` } : { up: true });
    });
    socket.once("error", (err: NodeJS.ErrnoException) => done({ up: false, reason: err.code ?? err.message }));
    socket.once("close", () => done({ up: false, reason: "connection closed" }));
  });
}

/**
 * An outage seen by the app itself (instrumentation.ts onRequestError): the next requests get the 503 page at
 * once instead of waiting for the cached "up" to expire; the probe decides again after DOWN_TTL_MS.
 */
export function markDatabaseDown(reason: string): void {
  if (state.result?.up !== false) console.warn(`[health] database unreachable (${reason})`);
  state.result = { up: false, reason };
  state.at = Date.now();
}

/** Cached, single-flight health of the database of DATABASE_URL. Always "up" when there is no URL to probe. */
export async function databaseHealth(url = databaseUrlSetting(), now = Date.now()): Promise<ProbeResult> {
  const target = probeTarget(url);
  if (!target) return { up: true };
  const ttl = state.result?.up ? UP_TTL_MS : DOWN_TTL_MS;
  if (state.result && now - state.at < ttl) return state.result;
  // An answer is dated from when its probe was sent, not from when it was read: on a busy event loop an "up" read
  // late (the server stopped meanwhile) must not be trusted for a further UP_TTL_MS.
  const sentAt = now;
  state.pending ??= probeOnce(target)
    .then((result) => {
      if (state.result?.up !== result.up) console.warn(`[health] database ${result.up ? "reachable again" : `unreachable (${result.reason})`}`);
      state.result = result;
      state.at = sentAt;
      return result;
    })
    .finally(() => {
      state.pending = undefined;
    });
  return state.pending;
}
