import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { SystemActor } from "@/lib/auth/actor";
import { createLimiter } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * API keys of other agencies (labor office, Zakat authority, electricity company, Open311 clients).
 * A key is `amk_<prefix>_<secret>`; only its SHA-256 is stored (AgencyClient.keyHash), so a database
 * leak reveals no usable key. Every API route calls `authenticateAgency` first:
 *   missing or unknown key → UNAUTHENTICATED (401), key without the scope → FORBIDDEN (403),
 *   too many calls → RATE_LIMITED (429).
 * The route then runs its domain code with `client.actor`, which writes the audit row of the call.
 */
export type AgencyScope = "licenses:cancel" | "licenses:read" | "permits:read" | "open311:write" | "open311:read";

export type AuthenticatedAgency = {
  id: string;
  code: string;
  nameAr: string;
  nameEn: string;
  scopes: string[];
  /** The audit log's actor for this client's calls: "agency:<CODE>". */
  actor: SystemActor;
};

/** Calls per client per minute, shared by every server process (PostgreSQL store). */
export const AGENCY_CALLS_PER_MINUTE = 120;
const limiter = createLimiter("agency_api", AGENCY_CALLS_PER_MINUTE, 60);

export function hashAgencyKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** A new random key: show `key` once to the agency, store `prefix` and `hash`. */
export function generateAgencyKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(3).toString("hex");
  const key = `amk_${prefix}_${randomBytes(24).toString("base64url")}`;
  return { key, prefix: `amk_${prefix}`, hash: hashAgencyKey(key) };
}

/** The key a request carries: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function agencyKeyFrom(headers: Headers): string | null {
  const auth = headers.get("authorization");
  if (auth?.toLowerCase().startsWith("bearer ")) return auth.slice(7).trim() || null;
  return headers.get("x-api-key")?.trim() || null;
}

/**
 * Missing, unknown or inactive keys per client IP (issue 11): each refusal writes an audit row, so past
 * BAD_KEYS_PER_IP in BAD_KEY_WINDOW_SECONDS the IP gets 429 WITHOUT an audit row (params.badKey marks it) —
 * a flood of invented keys writes at most BAD_KEYS_PER_IP rows. A valid key from that IP still works.
 */
export const BAD_KEYS_PER_IP = 10;
export const BAD_KEY_WINDOW_SECONDS = 10 * 60;
const badKeys = createLimiter("agency_bad_key_ip", BAD_KEYS_PER_IP, BAD_KEY_WINDOW_SECONDS);

async function refuseBadKey(ip: string | null): Promise<never> {
  try {
    await badKeys.consume(ip || "unknown-client");
  } catch (e) {
    if (e instanceof Error) throw e; // a store failure, not a refusal
    const retryAfterSeconds = Math.max(1, Math.ceil((e as { msBeforeNext: number }).msBeforeNext / 1000));
    throw new AppError("RATE_LIMITED", { params: { badKey: 1, retryAfterSeconds } });
  }
  throw new AppError("UNAUTHENTICATED");
}

/**
 * `scope`: the scope the call needs, or a list of which any one will do. `ip`: the trusted client IP
 * (lib/http/client-ip.ts), for the limit on bad keys.
 */
export async function authenticateAgency(key: string | null | undefined, scope: AgencyScope | readonly AgencyScope[], ip: string | null): Promise<AuthenticatedAgency> {
  if (!key || key.length > 200) return refuseBadKey(ip);
  const client = await db.agencyClient.findUnique({
    where: { keyHash: hashAgencyKey(key) },
    select: { id: true, code: true, nameAr: true, nameEn: true, scopes: true, active: true },
  });
  if (!client || !client.active) return refuseBadKey(ip);
  try {
    await limiter.consume(client.id);
  } catch (e) {
    if (e instanceof Error) throw e; // a store failure, not a refusal
    throw new AppError("RATE_LIMITED");
  }
  const wanted: readonly AgencyScope[] = typeof scope === "string" ? [scope] : scope;
  if (!wanted.some((s) => client.scopes.includes(s))) throw new AppError("FORBIDDEN");
  return { id: client.id, code: client.code, nameAr: client.nameAr, nameEn: client.nameEn, scopes: client.scopes, actor: { system: `agency:${client.code}` } };
}
