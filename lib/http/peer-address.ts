import http from "node:http";
import https from "node:https";
import { randomBytes } from "node:crypto";
import { badRequestBody } from "@/lib/http/bad-request";
import { badRequestTarget } from "@/lib/http/input-boundary";
import { API_CSP, staticSecurityHeaders } from "@/lib/http/security-headers";

/**
 * Makes the TCP peer address reach the application (decision 013).
 *
 * Next gives route handlers, pages and the proxy no access to the socket, and `next start` only fills
 * `X-Forwarded-For` from the socket when the client did NOT send one (`??=` in base-server.js): a forged header wins.
 * This hook runs in the server process (instrumentation.ts) and, for every request, APPENDS the socket address to
 * `X-Forwarded-For` exactly like a reverse proxy does, before Next reads the request. So the rightmost entry is always
 * the peer that connected to us; lib/http/client-ip.ts counts trusted hops from there.
 *
 * It also stamps the request with a per-process token (`x-amanah-peer`); clientIp() trusts the chain only when the
 * token matches, so a request that somehow bypassed this hook (e.g. accepted in the first instant of start-up before
 * the hook was installed) never has its client-written header trusted.
 */
export const PEER_HEADER = "x-amanah-peer";
const STATE = Symbol.for("amanah.peer-address");

type State = { token: string };
type Global = typeof globalThis & { [STATE]?: State };

/** The token of this process, or null when the hook is not installed (unit tests, other servers). */
export function peerToken(): string | null {
  return (globalThis as Global)[STATE]?.token ?? null;
}

export function appendPeer(req: http.IncomingMessage, token: string): void {
  const peer = req.socket?.remoteAddress ?? "unknown";
  const sent = req.headers["x-forwarded-for"];
  const chain = (Array.isArray(sent) ? sent.join(", ") : (sent ?? "")).trim();
  req.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
  req.headers[PEER_HEADER] = token;
}

/**
 * The input boundary for API routes (decision 013). proxy.ts checks pages; API routes are kept OUT of the proxy's
 * matcher on purpose: for every request the proxy matches, Next reads the WHOLE request body (to hand the proxy a
 * clone) before the route runs, which would defeat the routes' own streaming body limits (lib/http/read-body.ts).
 * So a bad /api path or query is answered here, before Next decodes it, with the JSON error shape of lib/api.
 * Returns true when it answered.
 */
export function refuseBadApiTarget(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const url = req.url ?? "/";
  if (!/^\/api(\/|\?|$)/.test(url)) return false;
  const q = url.indexOf("?");
  const reason = q === -1 ? badRequestTarget(url, "") : badRequestTarget(url.slice(0, q), url.slice(q));
  if (!reason) return false;
  const lang = (String(req.headers["accept-language"] ?? "").trim().toLowerCase().startsWith("en") ? "en" : "ar") as "ar" | "en";
  const headers: Record<string, string> = { "Content-Type": "application/json", "Cache-Control": "no-store", "Content-Security-Policy": API_CSP };
  for (const h of staticSecurityHeaders(process.env.NODE_ENV === "production")) headers[h.key] = h.value;
  res.writeHead(400, headers);
  res.end(JSON.stringify(badRequestBody(lang)));
  return true;
}

export function installPeerAddress(): void {
  const g = globalThis as Global;
  if (g[STATE]) return;
  const state: State = { token: randomBytes(18).toString("base64url") };
  g[STATE] = state;
  for (const Server of [http.Server, https.Server]) {
    const original = Server.prototype.emit as (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
    Server.prototype.emit = function patchedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        appendPeer(args[0] as http.IncomingMessage, state.token);
        if (refuseBadApiTarget(args[0] as http.IncomingMessage, args[1] as http.ServerResponse)) return true;
      }
      return original.call(this, event, ...args);
    } as typeof Server.prototype.emit;
  }
}
