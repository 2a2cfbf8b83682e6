import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { reviewerMemberships, signatoryScope } from "@/lib/domain/permits/access";
import { EDITABLE_PERMIT_STATES, permitWorkflow, type PermitState } from "@/lib/domain/permits/workflow";
import { PERMIT_DOCUMENT_PURPOSES } from "@/lib/domain/permits/documents";
import { findPermitByNumber } from "@/lib/domain/permits/queries/public-inquiry";

/**
 * What the permits pages read. Every query puts the actor's scope in its where (owner, office, the reviewer's
 * departments, the signatory's municipalities); the DTOs carry what the page may offer (availableEvents).
 */
const LIST_SELECT = {
  id: true, number: true, status: true, version: true, planNo: true, parcelNo: true, updatedAt: true, slaDueAt: true, submittedAt: true,
  kind: { select: { code: true, nameAr: true, nameEn: true } },
  district: { select: { nameAr: true, nameEn: true } },
  office: { select: { nameAr: true, nameEn: true } },
  currentDepartment: { select: { nameAr: true, nameEn: true } },
  ownerName: true,
} as const;

export async function listMyPermits(actor: Actor) {
  return db.permit.findMany({ where: { ownerId: actor.userId }, orderBy: { createdAt: "desc" }, take: 100, select: LIST_SELECT });
}

export async function listMyAuthorizations(actor: Actor) {
  return db.permitAuthorization.findMany({
    where: { ownerId: actor.userId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, deedNo: true, planNo: true, parcelNo: true, status: true, createdAt: true, district: { select: { nameAr: true, nameEn: true } }, office: { select: { nameAr: true, nameEn: true, engineeringLicenseNo: true } } },
  });
}

export async function authorizeOptions() {
  return db.municipality.findMany({
    where: { offices: { some: { office: { serviceTypes: { has: "ENGINEERING" }, status: "ACTIVE" } } } },
    orderBy: { code: "asc" },
    select: { id: true, nameAr: true, nameEn: true, districts: { orderBy: { nameAr: "asc" }, select: { id: true, nameAr: true, nameEn: true } } },
  });
}

const DETAIL_SELECT = {
  ...LIST_SELECT,
  ownerNationalId: true, deedNo: true, latitude: true, longitude: true, landAreaM2: true, floors: true, use: true, builtUpAreaM2: true,
  setbackFrontM: true, setbackRearM: true, setbackSideM: true, lastNote: true, rejectionReason: true, feeHalalas: true, billId: true,
  issuedAt: true, expiresAt: true, verifyCode: true, returnCount: true, cancelledAt: true, cancelGround: true, cancelReason: true, cancelRequestedAt: true, cancelRequestReason: true, kindId: true, authorizationId: true, officeId: true, municipalityId: true, currentDepartmentId: true,
  municipality: { select: { nameAr: true, nameEn: true } },
  office: { select: { nameAr: true, nameEn: true, status: true, engineeringLicenseNo: true } },
  documents: { select: { id: true, purpose: true, originalName: true, mime: true } },
  history: { orderBy: { id: "asc" }, select: { id: true, at: true, event: true, actorRole: true, toStatus: true, note: true, departmentId: true } },
  steps: {
    orderBy: { seq: "asc" },
    select: {
      id: true, seq: true, arrivedAt: true, dueAt: true, decision: true, decidedAt: true, notes: true, transferNote: true,
      department: { select: { nameAr: true, nameEn: true } }, fromDepartment: { select: { nameAr: true, nameEn: true } }, toDepartment: { select: { nameAr: true, nameEn: true } },
      attachments: { select: { id: true, originalName: true } },
    },
  },
} as const;

async function withBill<T extends { billId: string | null }>(p: T) {
  const bill = p.billId ? await db.bill.findUnique({ where: { id: p.billId }, select: { number: true, status: true, totalHalalas: true, dueAt: true } }) : null;
  const departments = new Map((await db.department.findMany({ where: { permitSlaDays: { not: null } }, select: { id: true, nameAr: true, nameEn: true } })).map((d) => [d.id, d]));
  return { ...p, bill, departmentNames: departments };
}

/** The owner's permit by its id or its number (the after-issue pages link by number). */
export async function getMyPermit(actor: Actor, idOrNumber: string) {
  const p = await db.permit.findFirst({ where: { OR: [{ id: idOrNumber }, { number: idOrNumber }], ownerId: actor.userId }, select: DETAIL_SELECT });
  if (!p) return null;
  const officeSuspended = p.office.status === "SUSPENDED" || p.office.status === "REVOKED";
  return { ...(await withBill(p)), events: permitWorkflow.availableEvents(p.status as PermitState, ["OWNER"], { routeComplete: false, officeSuspended, cancelRequested: p.cancelRequestedAt !== null }) };
}

export async function getOfficePermit(actor: Actor, id: string) {
  if (!actor.officeId) return null;
  const p = await db.permit.findFirst({ where: { id, officeId: actor.officeId }, select: DETAIL_SELECT });
  if (!p) return null;
  const kind = await db.permitKind.findUniqueOrThrow({ where: { id: p.kindId }, select: { requiredDocuments: true } });
  return { ...(await withBill(p)), editable: EDITABLE_PERMIT_STATES.includes(p.status as PermitState), requiredDocuments: kind.requiredDocuments, events: permitWorkflow.availableEvents(p.status as PermitState, ["OFFICE"], { routeComplete: false, officeSuspended: false }) };
}

export async function officeQueue(actor: Actor) {
  if (!actor.officeId) return { permits: [], authorizations: [] };
  const [permits, authorizations] = await Promise.all([
    db.permit.findMany({ where: { officeId: actor.officeId }, orderBy: { updatedAt: "desc" }, take: 100, select: LIST_SELECT }),
    db.permitAuthorization.findMany({
      where: { officeId: actor.officeId, status: "ACTIVE" },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: { id: true, deedNo: true, planNo: true, parcelNo: true, createdAt: true, ownerNationalId: true, owner: { select: { nameAr: true } }, district: { select: { nameAr: true, nameEn: true } }, _count: { select: { permits: true } } },
    }),
  ]);
  return { permits, authorizations };
}

export async function permitFormOptions(actor: Actor) {
  const [kinds, authorizations] = await Promise.all([
    db.permitKind.findMany({ where: { active: true }, orderBy: { sortOrder: "asc" }, select: { id: true, code: true, nameAr: true, nameEn: true, requiredDocuments: true } }),
    actor.officeId
      ? db.permitAuthorization.findMany({ where: { officeId: actor.officeId, status: "ACTIVE" }, orderBy: { createdAt: "desc" }, select: { id: true, planNo: true, parcelNo: true, owner: { select: { nameAr: true } }, district: { select: { nameAr: true, nameEn: true } } } })
      : [],
  ]);
  return { kinds, authorizations, purposes: PERMIT_DOCUMENT_PURPOSES };
}

/** The reviewer's queue: permits held by their departments; the signatory's: approved and paid permits, and owners' cancellation requests. */
export async function staffQueue(actor: Actor) {
  const memberships = actor.roles.includes("PERMITS_REVIEWER") ? await reviewerMemberships(db, actor) : [];
  const review = memberships.length
    ? await db.permit.findMany({
        where: { status: "IN_REVIEW", OR: memberships.map((m) => ({ currentDepartmentId: m.departmentId, ...(m.municipalityId ? { municipalityId: m.municipalityId } : {}) })) },
        orderBy: { slaDueAt: "asc" },
        take: 100,
        select: LIST_SELECT,
      })
    : [];
  const awaiting = actor.roles.includes("PERMITS_SIGNATORY")
    ? await db.permit.findMany({ where: { status: "AWAITING_SIGNATURE", ...signatoryScope(actor) }, orderBy: { updatedAt: "asc" }, take: 100, select: LIST_SELECT })
    : [];
  // Issued by the signatory and now along the signing chain (issue 15): no longer waiting for the signatory's decision.
  const inChain = awaiting.length
    ? new Set((await db.signedDocument.findMany({ where: { documentType: "BUILDING_PERMIT", subjectId: { in: awaiting.map((p) => p.id) } }, select: { subjectId: true } })).map((d) => d.subjectId))
    : new Set<string>();
  const signing = awaiting.filter((p) => !inChain.has(p.id));
  // Owners' cancellation requests waiting for the signatory's answer, oldest first (the cancelRequestedAt index).
  const cancelRequests = actor.roles.includes("PERMITS_SIGNATORY")
    ? await db.permit.findMany({ where: { status: "ISSUED", cancelRequestedAt: { not: null }, ...signatoryScope(actor) }, orderBy: { cancelRequestedAt: "asc" }, take: 100, select: LIST_SELECT })
    : [];
  return { review, signing, cancelRequests };
}

/** A permit as a reviewer (held by one of their departments) or the signatory (their municipalities) sees it. */
export async function getStaffPermit(actor: Actor, id: string) {
  const memberships = actor.roles.includes("PERMITS_REVIEWER") ? await reviewerMemberships(db, actor) : [];
  const or = [
    ...memberships.map((m) => ({ currentDepartmentId: m.departmentId, ...(m.municipalityId ? { municipalityId: m.municipalityId } : {}) })),
    // read-only afterwards: a permit one of the reviewer's departments has had a hop of
    ...memberships.map((m) => ({ steps: { some: { departmentId: m.departmentId } }, ...(m.municipalityId ? { municipalityId: m.municipalityId } : {}) })),
    // the signatory: what they issue, what they may cancel, and what was cancelled
    ...(actor.roles.includes("PERMITS_SIGNATORY") ? [{ status: { in: ["AWAITING_SIGNATURE", "ISSUED", "CANCELLED"] as PermitState[] }, ...signatoryScope(actor) }] : []),
  ];
  if (or.length === 0) return null;
  const p = await db.permit.findFirst({ where: { id, OR: or }, select: DETAIL_SELECT });
  if (!p) return null;
  const holds = p.status === "IN_REVIEW" && memberships.some((m) => m.departmentId === p.currentDepartmentId && (!m.municipalityId || m.municipalityId === p.municipalityId));
  const signs = actor.roles.includes("PERMITS_SIGNATORY") && (actor.municipalityIds === null || actor.municipalityIds.includes(p.municipalityId));
  const roles = [...(holds ? ["PERMITS_REVIEWER"] : []), ...(signs ? ["PERMITS_SIGNATORY"] : [])];
  const departments = await db.department.findMany({ where: { active: true, permitSlaDays: { not: null } }, orderBy: { code: "asc" }, select: { id: true, nameAr: true, nameEn: true } });
  // The signatory's issue already opened the signing chain (issue 15): nothing more to decide here.
  const inChain = p.status === "AWAITING_SIGNATURE" && (await db.signedDocument.count({ where: { documentType: "BUILDING_PERMIT", subjectId: p.id } })) > 0;
  const events = permitWorkflow.availableEvents(p.status as PermitState, roles, { routeComplete: false, officeSuspended: false, cancelRequested: p.cancelRequestedAt !== null }).filter((e) => !(inChain && e === "issue"));
  return { ...(await withBill(p)), events, departments };
}

/** Public inquiry by number: the status only (details after the owner signs in). */
/** /permits/inquiry: a permit's status by its number (the page shows the status, kind and last update only). */
export async function permitStatusByNumber(number: string) {
  return findPermitByNumber(db, number);
}

/** Public verification of an issued permit by its QR code: only what the certificate prints. */
export async function verifyPermit(code: string) {
  if (!/^[A-Za-z0-9_-]{10,24}$/.test(code)) return null;
  return db.permit.findUnique({
    where: { verifyCode: code },
    select: {
      number: true, status: true, issuedAt: true, expiresAt: true, cancelledAt: true, planNo: true, parcelNo: true, landAreaM2: true, builtUpAreaM2: true, floors: true, ownerName: true,
      kind: { select: { nameAr: true, nameEn: true } }, district: { select: { nameAr: true, nameEn: true } }, municipality: { select: { nameAr: true, nameEn: true } }, office: { select: { nameAr: true, nameEn: true } },
    },
  });
}
