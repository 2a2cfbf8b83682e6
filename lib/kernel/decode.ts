/**
 * A path segment or query value decoded, or as it came when it is not valid percent-encoding ("%E0%A4%A" must not
 * throw out of a page or an API route: bad input is shown or refused, never a 500).
 */
export function safeDecodeURIComponent(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
