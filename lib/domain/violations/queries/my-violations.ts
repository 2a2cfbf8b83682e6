import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { objectionDeadline, objectionWindowOpen } from "@/lib/domain/violations/rules";
import { actorNationalId } from "@/lib/kernel/actor";
import { violationWorkflow } from "@/lib/domain/violations/workflow";
import { PAGE_SIZE, pageOf, skipTake, toRows, violationRowSelect, type FileDTO, type Paged, type ViolationRowDTO } from "@/lib/domain/violations/queries/dto";

/** Violations on the establishments the actor owns (owner's national ID in the where), newest first. */
export async function listMyViolations(actor: Actor, opts: { page?: number }): Promise<Paged<ViolationRowDTO>> {
  const nationalId = await actorNationalId(db, actor);
  const where = { establishment: { ownerNationalId: nationalId } };
  const page = pageOf(opts.page);
  const [rows, total] = await Promise.all([
    db.violation.findMany({ where, select: violationRowSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...skipTake(page) }),
    db.violation.count({ where }),
  ]);
  return { rows: await toRows(db, rows), total, page, pageSize: PAGE_SIZE };
}

export type MyViolationDetailDTO = ViolationRowDTO & {
  notes: string | null;
  latitude: number;
  longitude: number;
  observedAt: Date;
  article: ViolationRowDTO["article"] & { categoryAr: string; categoryEn: string };
  photos: FileDTO[];
  objection: null | {
    status: "PENDING" | "ACCEPTED" | "REDUCED" | "REJECTED";
    reason: string;
    filedAt: Date;
    slaDueAt: Date;
    decidedAt: Date | null;
    decisionNote: string | null;
    reducedToHalalas: number | null;
    documents: FileDTO[];
  };
  canObject: boolean;
  objectionDeadline: Date;
};

const fileSelect = { select: { id: true, originalName: true, mime: true, sizeBytes: true }, orderBy: { createdAt: "asc" as const } };

/** The objection fields both the owner and the deciding staff see. */
export const objectionDetailSelect = {
  status: true,
  reason: true,
  filedAt: true,
  slaDueAt: true,
  decidedAt: true,
  decisionNote: true,
  reducedToHalalas: true,
  documents: fileSelect,
} as const;
const toFile = (f: { id: string; originalName: string; mime: string; sizeBytes: number }): FileDTO => ({ id: f.id, name: f.originalName, mime: f.mime, sizeBytes: f.sizeBytes });

export async function getMyViolation(actor: Actor, id: string): Promise<MyViolationDetailDTO | null> {
  const nationalId = await actorNationalId(db, actor);
  const v = await db.violation.findFirst({
    where: { id, establishment: { ownerNationalId: nationalId } },
    select: {
      ...violationRowSelect,
      notes: true,
      latitude: true,
      longitude: true,
      observedAt: true,
      article: { select: { code: true, titleAr: true, titleEn: true, categoryAr: true, categoryEn: true } },
      photos: fileSelect,
      objection: { select: objectionDetailSelect },
    },
  });
  if (!v) return null;
  const [row] = await toRows(db, [v]);
  const now = new Date();
  return {
    ...row!,
    article: v.article,
    notes: v.notes,
    latitude: v.latitude,
    longitude: v.longitude,
    observedAt: v.observedAt,
    photos: v.photos.map(toFile),
    objection: v.objection ? { ...v.objection, documents: v.objection.documents.map(toFile) } : null,
    canObject: violationWorkflow.can(v.status, "object", actor.roles, { objectionWindowOpen: objectionWindowOpen(v.createdAt, now), hasObjection: !!v.objection, reducedTo: null }),
    objectionDeadline: objectionDeadline(v.createdAt),
  };
}

export { toFile, fileSelect };
