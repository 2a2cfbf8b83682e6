import { env } from "@/lib/env";
import { PEER_HEADER, peerToken } from "@/lib/http/peer-address";

/**
 * The client's IP address, as far as it can be trusted (decision 013).
 *
 * The portal's own server (instrumentation.ts → lib/http/peer-address.ts) APPENDS the TCP peer address to
 * `X-Forwarded-For` before Next, the proxy or any page sees the request, exactly as a well-behaved reverse proxy
 * does. So the rightmost entry is always the socket address, and each trusted proxy in front of the portal adds one
 * more entry to the right of the address it saw. With `TRUSTED_PROXY_HOPS` = N, the client is the (N+1)th entry from
 * the right; everything further left was written by the client and is ignored. `X-Real-IP` is never trusted.
 *
 * A request the hook did not stamp (no matching per-process token) gets "unknown": its header may be forged.
 */
export function clientIp(headers: Headers, hops: number = env().TRUSTED_PROXY_HOPS): string {
  const token = peerToken();
  if (!token || headers.get(PEER_HEADER) !== token) return "unknown";
  return pickFromChain(headers.get("x-forwarded-for"), hops);
}

/** The (hops+1)th address from the right of an X-Forwarded-For chain whose last entry is the socket address. */
export function pickFromChain(forwardedFor: string | null | undefined, hops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((part) => normalize(part))
    .filter((part) => part.length > 0);
  if (chain.length === 0) return "unknown";
  // Fewer entries than hops: the request did not come through every proxy; the leftmost is the best we have.
  const index = Math.max(0, chain.length - 1 - Math.max(0, Math.floor(hops)));
  return chain[index]!;
}

function normalize(address: string): string {
  const trimmed = address.trim().slice(0, 64);
  // IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}
