import canonicalize from "canonicalize";

/**
 * RFC 8785 (JSON Canonicalization Scheme) through `canonicalize`, the reference implementation: the same
 * data always gives the same bytes (keys sorted by UTF-16 code units, ES number formatting, minimal escapes),
 * so a signature over a document's data can be checked again from the data alone.
 */
export function canonicalJson(value: unknown): string {
  const out = canonicalize(value);
  if (out === undefined) throw new Error("cannot canonicalize this value");
  return out;
}

export function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

/** The base64url of the canonical JSON: the first part of a signed document's compact form. */
export function encodePayload(data: Record<string, unknown>): string {
  return base64url(canonicalJson(data));
}
