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
export type AgencyScope = "licenses:cancel" | "licenses:read" | "permits:read" | "open311:write";

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

export async function authenticateAgency(key: string | null | undefined, scope: AgencyScope): Promise<AuthenticatedAgency> {
  if (!key || key.length > 200) throw new AppError("UNAUTHENTICATED");
  const client = await db.agencyClient.findUnique({
    where: { keyHash: hashAgencyKey(key) },
    select: { id: true, code: true, nameAr: true, nameEn: true, scopes: true, active: true },
  });
  if (!client || !client.active) throw new AppError("UNAUTHENTICATED");
  try {
    await limiter.consume(client.id);
  } catch (e) {
    if (e instanceof Error) throw e; // a store failure, not a refusal
    throw new AppError("RATE_LIMITED");
  }
  if (!client.scopes.includes(scope)) throw new AppError("FORBIDDEN");
  return { id: client.id, code: client.code, nameAr: client.nameAr, nameEn: client.nameEn, scopes: client.scopes, actor: { system: `agency:${client.code}` } };
}
