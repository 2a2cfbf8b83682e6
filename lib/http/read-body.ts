import { AppError } from "@/lib/errors";

/**
 * The one way a route handler reads a request body: streamed, and abandoned as soon as it crosses
 * `maxBytes`. A `Content-Length` over the limit is refused before reading anything; a chunked body
 * (no Content-Length, or a lying one) is counted chunk by chunk and the stream is cancelled at the
 * first byte over the limit — the server never holds more than the limit plus one chunk.
 *
 * Throws AppError("PAYLOAD_TOO_LARGE") (HTTP 413); each route answers it in its own JSON error format.
 */
export async function readBodyBytesLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array(0);
  if (request.bodyUsed) throw new AppError("VALIDATION", { message: "request body already read" });

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value) continue;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The body as UTF-8 text (invalid sequences become U+FFFD, as `request.text()` does), at most `maxBytes`. */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder("utf-8").decode(await readBodyBytesLimited(request, maxBytes));
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", { params: { maxBytes } });
}

export function isPayloadTooLarge(e: unknown): e is AppError {
  return e instanceof AppError && e.code === "PAYLOAD_TOO_LARGE";
}
