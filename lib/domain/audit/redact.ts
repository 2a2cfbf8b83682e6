/**
 * Makes a value safe to keep forever in the append-only audit log: secrets are replaced
 * (they could never be removed afterwards), and values JSON cannot hold are converted.
 * Pure, so the audit row is exactly what this function returns.
 */
export const REDACTED = "[REDACTED]";

/** Key names whose values are secrets. Matched case-insensitively on the whole key. */
const SECRET_KEY =
  /^(password|passwordHash|newPassword|currentPassword|.*token|.*secret|apiKey|keyHash|otp|otpCode|otpHash|authorization|cookie)$/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function redact(value: unknown): unknown {
  return walk(value, new WeakSet()) ?? null;
}

function walk(value: unknown, seen: WeakSet<object>): unknown {
  // undefined (like functions) disappears from objects and becomes null in arrays, as in JSON.
  if (value === null || value === undefined) return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "function" || typeof value === "symbol") return undefined;
  if (typeof value !== "object") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  // Prisma Decimal and similar value objects serialise themselves.
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return walk((value as { toJSON: () => unknown }).toJSON(), seen);
  }
  if (seen.has(value)) return "[Circular]";
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => walk(v, seen) ?? null);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (isSecretKey(k)) {
        out[k] = REDACTED;
        continue;
      }
      const w = walk(v, seen);
      if (w !== undefined) out[k] = w;
    }
    return out;
  } finally {
    // A value referenced twice (not a cycle) is still written out both times.
    seen.delete(value);
  }
}
