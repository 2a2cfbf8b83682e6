import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { readableFileSelect, type ReadableFile } from "@/lib/kernel/store-files";

/**
 * Read rule of complaint files (the reporter's photos, and photos attached to timeline events such as
 * the resolution photo). `undefined` = not a complaint file (the caller's other rules apply);
 * `null` = a complaint file this actor may not read; else the file.
 *   - staff who handle complaints (complaints.handle) in the complaint's municipality: every file;
 *   - the reporter signed in with their account: the complaint's photos and the photos of PUBLIC events
 *     (never those of internal events).
 */
export async function complaintFileAccess(actor: Actor, fileId: string): Promise<ReadableFile | null | undefined> {
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    select: {
      ...readableFileSelect,
      complaint: { select: { municipalityId: true, reporterUserId: true } },
      complaintEvent: { select: { public: true, complaint: { select: { municipalityId: true, reporterUserId: true } } } },
    },
  });
  if (!file || (!file.complaint && !file.complaintEvent)) return undefined;
  const { complaint: direct, complaintEvent: event, ...dto } = file;
  const complaint = direct ?? event!.complaint;
  if (rolesAllow(actor.roles, "complaints.handle")) {
    const scope = await visibleMunicipalityIds(db, actor);
    if (scope.includes(complaint.municipalityId)) return dto;
  }
  const publicToReporter = !!direct || !!event?.public;
  if (complaint.reporterUserId && complaint.reporterUserId === actor.userId && publicToReporter) return dto;
  return null;
}
