/**
 * The verification front door (/verify, issue 17 item 1): a document kind and the code printed on it lead to the
 * verification page the QR code opens. Pure; the page redirects there.
 */
export const VERIFY_KINDS = ["license", "health-certificate", "receipt"] as const;
export type VerifyKind = (typeof VERIFY_KINDS)[number];

export type VerifyTarget = { ok: true; path: string } | { ok: false; error: "code" | null };

/** Spaces and dashes a person may copy with the code are dropped; only letters, digits, "_" and "-" are codes. */
export function verifyTarget(kind: string | undefined, code: string | undefined): VerifyTarget {
  if (kind === undefined && code === undefined) return { ok: false, error: null };
  const k = (VERIFY_KINDS as readonly string[]).includes(kind ?? "") ? (kind as VerifyKind) : "license";
  const c = (code ?? "").replace(/\s+/g, "");
  if (!/^[A-Za-z0-9_-]{4,64}$/.test(c)) return { ok: false, error: "code" };
  return { ok: true, path: `/verify/${k}/${encodeURIComponent(c)}` };
}
