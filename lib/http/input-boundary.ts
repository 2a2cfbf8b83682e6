/**
 * The input boundary of the request target (decision 013), checked by proxy.ts for every page AND every /api
 * path before any route runs: what no route can handle is refused here once, with a 400, instead of failing
 * (500) deep inside the framework or PostgreSQL.
 *
 * - a path segment that is not valid percent-encoded UTF-8 (`%zz`, a lone surrogate `%ED%A0%80`, an overlong
 *   `%C0%AE`): Next decodes dynamic segments itself and throws before any page code runs;
 * - a NUL character (`%00`) in the path or in any query name or value: PostgreSQL text cannot hold it
 *   (`invalid byte sequence for encoding "UTF8"`), whatever query it reaches.
 * Bodies are the job of the zod helpers (lib/validation.ts refuses NUL in every shared string).
 */
export type BadTarget = "path-encoding" | "path-nul" | "query-nul" | "query-encoding" | null;

// NUL and the other C0 controls except tab, line feed and carriage return: never meaningful in a path or a query.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function badRequestTarget(rawPathname: string, rawSearch: string): BadTarget {
  for (const segment of rawPathname.split("/")) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return "path-encoding";
    }
    if (CONTROL.test(decoded)) return "path-nul";
  }
  const query = rawSearch.startsWith("?") ? rawSearch.slice(1) : rawSearch;
  if (query) {
    for (const pair of query.split("&")) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(pair.replace(/\+/g, " "));
      } catch {
        // URLSearchParams (what pages and routes read) would turn it into U+FFFD, harmless but never meant.
        return "query-encoding";
      }
      if (CONTROL.test(decoded)) return "query-nul";
    }
  }
  return null;
}

/** The raw path and query of a request URL, without the URL parser's normalisation of the path. */
export function rawTarget(url: string): { pathname: string; search: string } {
  const afterScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
  const hash = afterScheme.indexOf("#");
  const noHash = hash === -1 ? afterScheme : afterScheme.slice(0, hash);
  const q = noHash.indexOf("?");
  return q === -1 ? { pathname: noHash || "/", search: "" } : { pathname: noHash.slice(0, q) || "/", search: noHash.slice(q) };
}
