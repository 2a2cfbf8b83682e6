import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { checklistFor, type ChecklistItem } from "@/lib/domain/licensing/checklists";
import { computeLicenseFee, loadFeeRule, type FeeBreakdown } from "@/lib/domain/licensing/fees";
import { officeActionsFor, slaState, type OfficeAction, type SlaState } from "@/lib/domain/licensing/office-actions";
import type { ApplicationState } from "@/lib/domain/licensing/workflow";

export type FileDTO = { id: string; name: string; mime: string; sizeBytes: number; purpose: string | null };
export type HistoryDTO = { id: string; at: Date; actorLabel: string; actorName: string | null; actorRole: string; event: string; fromStatus: ApplicationState | null; toStatus: ApplicationState; note: string | null };
export type InspectionDTO = {
  id: string;
  result: "PASS" | "FAIL";
  recordedAt: Date;
  inspectorName: string;
  checklist: { key: string; ok: boolean }[];
  notes: string | null;
  latitude: number;
  longitude: number;
  accuracyM: number | null;
  /** Metres between where the visit was recorded and the address the citizen gave (null without both). */
  distanceM: number | null;
  photos: FileDTO[];
};

export type OfficeApplicationDTO = {
  id: string;
  number: string;
  kind: "COMMERCIAL" | "HEALTH";
  status: ApplicationState;
  tradeNameAr: string | null;
  tradeNameEn: string | null;
  commercialRegNo: string | null;
  activity: { nameAr: string; nameEn: string; groupAr: string; groupEn: string; isicCode: string; requiresHealthLicense: boolean } | null;
  municipality: { nameAr: string; nameEn: string } | null;
  district: { nameAr: string; nameEn: string } | null;
  addressAr: string | null;
  latitude: number | null;
  longitude: number | null;
  areaM2: number | null;
  signAreaM2: number | null;
  officeAutoAssigned: boolean;
  applicant: { nameAr: string; nameEn: string; nationalId: string; mobile: string };
  submittedAt: Date | null;
  stateEnteredAt: Date;
  slaDueAt: Date | null;
  sla: SlaState | null;
  slaBreaches: number;
  returnCount: number;
  lastNote: string | null;
  rejectionReason: string | null;
  feeHalalas: number | null;
  bill: { number: string; status: string; totalHalalas: number } | null;
  documents: FileDTO[];
  history: HistoryDTO[];
  inspections: InspectionDTO[];
  /** What this actor can do now (their role(s) × the state). */
  actions: OfficeAction[];
  /** A health specialist whose qualification is not verified sees the health steps refused. */
  healthSpecialistUnverified: boolean;
  /** The manager's approval shows the bill it will issue. */
  feePreview: FeeBreakdown | null;
  checklist: ChecklistItem[];
};

const fileSelect = { id: true, originalName: true, mime: true, sizeBytes: true, purpose: true } as const;
const toFile = (f: { id: string; originalName: string; mime: string; sizeBytes: number; purpose: string | null }): FileDTO => ({ id: f.id, name: f.originalName, mime: f.mime, sizeBytes: f.sizeBytes, purpose: f.purpose });

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const R = 6_371_000;
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * R * Math.asin(Math.sqrt(h)));
}

/**
 * One application as its office sees it, or null: the office is in the where, so another office's
 * application — or one that does not exist, or a draft — is the same "not found".
 */
export async function getOfficeApplication(actor: Actor, id: string, now: Date = new Date()): Promise<OfficeApplicationDTO | null> {
  if (!rolesAllow(actor.roles, "licensing.office.queue") || !actor.officeId || typeof id !== "string" || id.length > 40) return null;
  const app = await db.licenseApplication.findFirst({
    where: { id, officeId: actor.officeId, status: { not: "DRAFT" } },
    include: {
      activity: { select: { nameAr: true, nameEn: true, groupAr: true, groupEn: true, isicCode: true, requiresHealthLicense: true } },
      municipality: { select: { nameAr: true, nameEn: true } },
      district: { select: { nameAr: true, nameEn: true } },
      applicant: { select: { nameAr: true, nameEn: true, mobile: true } },
      documents: { select: fileSelect, orderBy: { createdAt: "asc" } },
      history: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      inspections: { orderBy: { recordedAt: "desc" }, include: { photos: { select: fileSelect, orderBy: { createdAt: "asc" } } } },
    },
  });
  if (!app) return null;
  const status = app.status as ApplicationState;

  const userIds = [...new Set([...app.history.map((h) => h.actorId), ...app.inspections.map((i) => i.inspectorId)].filter((x): x is string => !!x))];
  const [users, bill, specialist] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, nameAr: true } }),
    app.billId ? db.bill.findUnique({ where: { id: app.billId }, select: { number: true, status: true, totalHalalas: true } }) : null,
    actor.roles.includes("OFFICE_HEALTH_SPECIALIST")
      ? db.officeMember.findFirst({ where: { userId: actor.userId, officeId: actor.officeId, role: "HEALTH_SPECIALIST", active: true, verifiedAt: { not: null } }, select: { id: true } })
      : null,
  ]);
  const nameOf = new Map(users.map((u) => [u.id, u.nameAr]));
  const healthSpecialistUnverified = actor.roles.includes("OFFICE_HEALTH_SPECIALIST") && !specialist;
  let actions = officeActionsFor(status, actor.roles, { needsHealth: app.kind === "HEALTH" });
  if (healthSpecialistUnverified) actions = actions.filter((a) => !a.startsWith("health"));

  let feePreview: FeeBreakdown | null = null;
  if (actions.includes("approve") && app.areaM2 != null) {
    const rule = await loadFeeRule(db, app.activity?.groupEn ?? null).catch(() => null);
    if (rule) feePreview = computeLicenseFee(rule, { areaM2: app.areaM2, signAreaM2: app.signAreaM2 ?? 0, needsHealth: app.kind === "HEALTH" });
  }

  return {
    id: app.id,
    number: app.number,
    kind: app.kind,
    status,
    tradeNameAr: app.tradeNameAr,
    tradeNameEn: app.tradeNameEn,
    commercialRegNo: app.commercialRegNo,
    activity: app.activity,
    municipality: app.municipality,
    district: app.district,
    addressAr: app.addressAr,
    latitude: app.latitude,
    longitude: app.longitude,
    areaM2: app.areaM2,
    signAreaM2: app.signAreaM2,
    officeAutoAssigned: app.officeAutoAssigned,
    applicant: { nameAr: app.applicant.nameAr, nameEn: app.applicant.nameEn, nationalId: app.applicantNationalId, mobile: app.applicant.mobile },
    submittedAt: app.submittedAt,
    stateEnteredAt: app.stateEnteredAt,
    slaDueAt: app.slaDueAt,
    sla: slaState(status, app.slaDueAt, now),
    slaBreaches: app.slaBreaches,
    returnCount: app.returnCount,
    lastNote: app.lastNote,
    rejectionReason: app.rejectionReason,
    feeHalalas: app.feeHalalas,
    bill: bill ? { number: bill.number, status: bill.status, totalHalalas: bill.totalHalalas } : null,
    documents: app.documents.map(toFile),
    history: app.history.map((h) => ({
      id: String(h.id),
      at: h.at,
      actorLabel: h.actorLabel,
      actorName: h.actorId ? (nameOf.get(h.actorId) ?? null) : null,
      actorRole: h.actorRole,
      event: h.event,
      fromStatus: h.fromStatus as ApplicationState | null,
      toStatus: h.toStatus as ApplicationState,
      note: h.note,
    })),
    inspections: app.inspections.map((i) => ({
      id: i.id,
      result: i.result,
      recordedAt: i.recordedAt,
      inspectorName: nameOf.get(i.inspectorId) ?? "—",
      checklist: Array.isArray(i.checklist) ? (i.checklist as { key: string; ok: boolean }[]) : [],
      notes: i.notes,
      latitude: i.latitude,
      longitude: i.longitude,
      accuracyM: i.accuracyM,
      distanceM: app.latitude != null && app.longitude != null ? distanceMetres({ latitude: app.latitude, longitude: app.longitude }, i) : null,
      photos: i.photos.map(toFile),
    })),
    actions,
    healthSpecialistUnverified,
    feePreview,
    checklist: checklistFor(app.activity?.groupEn, app.kind === "HEALTH"),
  };
}
