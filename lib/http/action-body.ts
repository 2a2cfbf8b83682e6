/**
 * Server action requests (POST with a `Next-Action` header) whose body Next cannot decode (decision 013).
 *
 * Next decodes the arguments of a server action (React's decodeReply) BEFORE any code of ours runs, and answers
 * 500 when that fails: a body `x`, an empty body, `null`, or an array nested 20,000 deep (stack overflow while
 * reviving). runAction is never reached, so the check has to happen in front of Next: proxy.ts calls this for
 * every server action request and answers 400 when it returns a reason.
 *
 * What a real client sends (React's encodeReply): either a text body that is the JSON array of the arguments,
 * or multipart form data whose field "0" is that JSON array (with files and large values in other fields).
 */
export const MAX_ACTION_JSON_DEPTH = 64;

/** Nesting depth of a JSON text, counted without parsing (strings skipped); Infinity past `limit`. */
export function jsonDepth(text: string, limit = MAX_ACTION_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123 /* [ { */) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return Infinity;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** null when `text` is a plausible argument list (a JSON array, not too deep), otherwise the reason. */
export function badActionArguments(text: string): string | null {
  if (!text.trim()) return "empty body";
  if (jsonDepth(text) > MAX_ACTION_JSON_DEPTH) return "nested too deep";
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "not JSON";
  }
  if (!Array.isArray(value)) return "not an argument list";
  return null;
}

/** Reads (a clone of) the request: null when Next can decode it, otherwise the reason to answer 400. */
export async function badActionBody(request: Request): Promise<string | null> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return "malformed multipart body";
    }
    const root = form.get("0");
    if (root === null) return "no argument list"; // React always sends field "0" (the arguments)
    return typeof root === "string" ? badActionArguments(root) : "argument list is a file";
  }
  if (type.startsWith("application/x-www-form-urlencoded")) return null; // not a fetch action: Next renders the page
  return badActionArguments(await request.clone().text());
}
