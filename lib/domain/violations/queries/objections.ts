import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { PAGE_SIZE, pageOf, skipTake, toRows, violationRowSelect, type FileDTO, type Paged, type ViolationRowDTO } from "@/lib/domain/violations/queries/dto";
import { fileSelect, objectionDetailSelect, toFile } from "@/lib/domain/violations/queries/my-violations";
import { objectionWorkflow } from "@/lib/domain/violations/workflow";

export type ObjectionQueueRowDTO = {
  id: string;
  filedAt: Date;
  slaDueAt: Date;
  overdue: boolean;
  violation: ViolationRowDTO;
};

/** Pending objections of the actor's municipalities, the oldest SLA first. */
export async function objectionsQueue(actor: Actor, opts: { page?: number; now?: Date }): Promise<Paged<ObjectionQueueRowDTO>> {
  if (!rolesAllow(actor.roles, "violations.decideObjection")) throw new AppError("FORBIDDEN");
  const where = { status: "PENDING" as const, violation: { municipalityId: { in: await visibleMunicipalityIds(db, actor) } } };
  const page = pageOf(opts.page);
  const now = opts.now ?? new Date();
  const [rows, total] = await Promise.all([
    db.objection.findMany({
      where,
      select: { id: true, filedAt: true, slaDueAt: true, violation: { select: violationRowSelect } },
      orderBy: [{ slaDueAt: "asc" }, { id: "asc" }],
      ...skipTake(page),
    }),
    db.objection.count({ where }),
  ]);
  const violations = await toRows(db, rows.map((r) => r.violation));
  return {
    rows: rows.map((r, i) => ({ id: r.id, filedAt: r.filedAt, slaDueAt: r.slaDueAt, overdue: r.slaDueAt < now, violation: violations[i]! })),
    total,
    page,
    pageSize: PAGE_SIZE,
  };
}

export type ObjectionDetailDTO = {
  id: string;
  status: "PENDING" | "ACCEPTED" | "REDUCED" | "REJECTED";
  reason: string;
  filedAt: Date;
  slaDueAt: Date;
  overdue: boolean;
  decidedAt: Date | null;
  decisionNote: string | null;
  reducedToHalalas: number | null;
  documents: FileDTO[];
  violation: ViolationRowDTO & { notes: string | null; latitude: number; longitude: number; photos: FileDTO[] };
  /** The actor may decide it now (the objection workflow offers them a decision). */
  canDecide: boolean;
};

export async function getObjectionForDecision(actor: Actor, id: string): Promise<ObjectionDetailDTO | null> {
  if (!rolesAllow(actor.roles, "violations.decideObjection")) throw new AppError("FORBIDDEN");
  const o = await db.objection.findFirst({
    where: { id, violation: { municipalityId: { in: await visibleMunicipalityIds(db, actor) } } },
    select: {
      id: true,
      ...objectionDetailSelect,
      violation: { select: { ...violationRowSelect, notes: true, latitude: true, longitude: true, photos: fileSelect } },
    },
  });
  if (!o) return null;
  const [row] = await toRows(db, [o.violation]);
  return {
    ...o,
    overdue: o.status === "PENDING" && o.slaDueAt < new Date(),
    canDecide: objectionWorkflow.availableEvents(o.status, actor.roles, undefined).length > 0,
    documents: o.documents.map(toFile),
    violation: { ...row!, notes: o.violation.notes, latitude: o.violation.latitude, longitude: o.violation.longitude, photos: o.violation.photos.map(toFile) },
  };
}
