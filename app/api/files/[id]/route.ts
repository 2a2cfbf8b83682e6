import { currentActor } from "@/lib/auth/require-actor";
import { readableFile } from "@/lib/domain/files/access";
import { fileStore } from "@/lib/storage/file-store";

/**
 * Serves an uploaded file to the people allowed to see it (lib/domain/files/access.ts); 401 without
 * a session, 404 for a file that does not exist or that this person may not read. Always with the
 * type detected at upload and `nosniff`, never as HTML.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return new Response(null, { status: 401 });
  const { id } = await params;
  const file = await readableFile(actor, id);
  if (!file) return new Response(null, { status: 404 });
  // Streamed from the store (local disk or S3: lib/storage/file-store.ts), never read whole into memory.
  const opened = await fileStore().open(file.storageKey);
  if (!opened) return new Response(null, { status: 404 });
  return new Response(opened.stream, {
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(opened.size),
      "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=3600",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      ETag: `"${file.sha256}"`,
    },
  });
}
