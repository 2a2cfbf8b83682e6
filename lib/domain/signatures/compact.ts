/**
 * The compact signed form of a document (docs/decisions/022-signatures-and-keys.md), what the certificate's QR carries:
 *
 *   AMS1.<P>.<H1>.<S1>.<H2>.<S2>…
 *
 * P = base64url(RFC 8785 JSON of the document's data, with `ch`, the chain's positions in order);
 * Hk = base64url(RFC 8785 JSON of {kid, s: k, pos, at (unix seconds), d: 1 when signed by a delegate});
 * Sk = base64url(Ed25519 signature over the ASCII bytes of everything before ".Sk"), so each signature covers
 * the document and every signature before it: signatures cannot be reordered, dropped or swapped.
 *
 * `verifyCompact` is SELF-CONTAINED on purpose (no imports, no outer names): the offline verification page
 * embeds its source text (`verifyCompact.toString()`), and Node (tests, the CLI) runs the very same code.
 * It uses only WebCrypto's Ed25519, atob and TextDecoder (Node ≥ 20, current browsers).
 */
export type PublishedKey = {
  kty: "OKP";
  crv: "Ed25519";
  x: string;
  kid: string;
  use?: string;
  alg?: string;
  /** The signer's name (Arabic, English): shown by the offline page. */
  name?: string;
  name_en?: string;
  /** When the key was made and, for a retired key, when it stopped signing (unix seconds). */
  iat?: number;
  exp?: number;
  /** The capacities the key's holder may sign in: a position held, or delegated (`dlg`), in a time window. */
  auth?: { pos: string; nbf: number; exp?: number; dlg?: boolean; title?: string; title_en?: string }[];
};
export type PublishedKeySet = { keys: PublishedKey[]; revoked?: string[] };

export type VerifiedSignature = { step: number; kid: string; pos: string; at: number; delegated: boolean; name: string | null; nameEn: string | null; title: string | null; titleEn: string | null };
export type VerifyOutcome =
  | { ok: true; document: Record<string, unknown>; signatures: VerifiedSignature[] }
  | { ok: false; reason: VerifyRefusal; step?: number; document?: Record<string, unknown>; signatures?: VerifiedSignature[] };
export type VerifyRefusal = "format" | "unknownKey" | "revokedKey" | "badSignature" | "outOfOrder" | "notInChain" | "keyNotValidThen" | "incomplete";

export async function verifyCompact(compact: string, keySet: PublishedKeySet): Promise<VerifyOutcome> {
  const b64 = (s: string): Uint8Array<ArrayBuffer> => {
    if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error("not base64url");
    const pad = s.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((s.length + 3) % 4);
    const bin = atob(pad);
    const out = new Uint8Array(new ArrayBuffer(bin.length));
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  };
  const json = (s: string): Record<string, unknown> => {
    const v: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(b64(s)));
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error("not an object");
    return v as Record<string, unknown>;
  };
  const text = String(compact || "").trim().replace(/^.*#/, "");
  const parts = text.split(".");
  if (parts[0] !== "AMS1" || parts.length < 2 || parts.length % 2 !== 0) return { ok: false, reason: "format" };
  let document: Record<string, unknown>;
  try {
    document = json(parts[1]!);
  } catch {
    return { ok: false, reason: "format" };
  }
  const chain = Array.isArray(document.ch) ? (document.ch as unknown[]).map(String) : null;
  if (!chain || chain.length === 0) return { ok: false, reason: "format", document };
  const revoked = new Set(keySet.revoked ?? []);
  const signatures: VerifiedSignature[] = [];
  let previousAt = 0;
  for (let i = 2, step = 1; i < parts.length; i += 2, step++) {
    let header: Record<string, unknown>;
    try {
      header = json(parts[i]!);
    } catch {
      return { ok: false, reason: "format", step, document, signatures };
    }
    const kid = String(header.kid ?? "");
    const pos = String(header.pos ?? "");
    const at = Number(header.at);
    const delegated = header.d === 1;
    if (revoked.has(kid)) return { ok: false, reason: "revokedKey", step, document, signatures };
    const key = keySet.keys.find((k) => k.kid === kid && k.kty === "OKP" && k.crv === "Ed25519");
    if (!key) return { ok: false, reason: "unknownKey", step, document, signatures };
    let valid = false;
    try {
      const cryptoKey = await crypto.subtle.importKey("jwk", { kty: "OKP", crv: "Ed25519", x: key.x }, { name: "Ed25519" }, false, ["verify"]);
      const input = new TextEncoder().encode(parts.slice(0, i + 1).join("."));
      valid = await crypto.subtle.verify({ name: "Ed25519" }, cryptoKey, b64(parts[i + 1]!), input);
    } catch {
      valid = false;
    }
    if (!valid) return { ok: false, reason: "badSignature", step, document, signatures };
    // Order: the header names its own step, the position the chain has at that step, and a time not before the last one.
    if (header.s !== step || pos !== chain[step - 1] || !Number.isInteger(at) || at < previousAt) {
      return { ok: false, reason: "outOfOrder", step, document, signatures };
    }
    if ((key.iat !== undefined && at < key.iat) || (key.exp !== undefined && at > key.exp)) {
      return { ok: false, reason: "keyNotValidThen", step, document, signatures };
    }
    const capacity = (key.auth ?? []).find((a) => a.pos === pos && !!a.dlg === delegated && a.nbf <= at && (a.exp === undefined || at <= a.exp));
    if (!capacity) return { ok: false, reason: "notInChain", step, document, signatures };
    previousAt = at;
    signatures.push({ step, kid, pos, at, delegated, name: key.name ?? null, nameEn: key.name_en ?? null, title: capacity.title ?? null, titleEn: capacity.title_en ?? null });
  }
  if (signatures.length !== chain.length) return { ok: false, reason: "incomplete", document, signatures };
  return { ok: true, document, signatures };
}
