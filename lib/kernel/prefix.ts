/**
 * The least string above every string that starts with `prefix` (letters A–Z and digits, as readable numbers are):
 * its last character below 9 / Z incremented and what follows dropped ("C1009" → "C101"); null when there is none
 * ("Z9"). A prefix search written as `>= prefix AND < upper` can use a plain btree index in any collation, where a
 * LIKE 'prefix%' can only in the C collation (issue 16: the complaint queue's reference search).
 */
export function prefixUpperBound(prefix: string): string | null {
  for (let i = prefix.length - 1; i >= 0; i--) {
    const ch = prefix[i]!;
    if ((ch >= "0" && ch < "9") || (ch >= "A" && ch < "Z")) return prefix.slice(0, i) + String.fromCharCode(ch.charCodeAt(0) + 1);
  }
  return null;
}
