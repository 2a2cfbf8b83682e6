import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { findConnectionByNumber } from "@/lib/domain/permits/queries/public-inquiry";
import { afterIssueScope, municipalityPermitScope } from "../scope";
import { CERTIFICATE_TYPES, INSPECTION_STAGES, missingPrerequisites, stagePassed, type CertificateType, type InspectionStage } from "../prerequisites";

/**
 * The after-issue view of one permit for whoever may see it (inspector, signatory, supervising office, owner):
 * stage inspections with their photos, certificates, electricity connection requests, and what THIS actor may
 * do now (computed here from the rules, so the pages never restate them).
 */
export type AfterIssuePermit = Awaited<ReturnType<typeof afterIssuePermit>>;

export async function afterIssuePermit(actor: Actor, number: string) {
  const scope = afterIssueScope(actor);
  if (!scope) return null;
  const p = await db.permit.findFirst({
    where: { number, ...scope, issuedAt: { not: null } },
    select: {
      id: true,
      number: true,
      status: true,
      ownerId: true,
      ownerName: true,
      officeId: true,
      planNo: true,
      parcelNo: true,
      deedNo: true,
      latitude: true,
      longitude: true,
      issuedAt: true,
      expiresAt: true,
      kind: { select: { code: true, category: true, nameAr: true, nameEn: true } },
      district: { select: { nameAr: true, nameEn: true } },
      municipality: { select: { nameAr: true, nameEn: true } },
      office: { select: { code: true, nameAr: true, nameEn: true } },
      inspections: {
        orderBy: { recordedAt: "desc" },
        select: { id: true, stage: true, result: true, inspectorKind: true, notes: true, latitude: true, longitude: true, accuracyM: true, recordedAt: true, photos: { select: { id: true, originalName: true } } },
      },
      certificates: { orderBy: { issuedAt: "desc" }, select: { id: true, type: true, number: true, verifyCode: true, issuedAt: true, cancelledAt: true } },
      connections: { orderBy: { requestedAt: "desc" }, select: { id: true, number: true, status: true, clearanceNo: true, requestedAt: true, decidedAt: true } },
    },
  });
  if (!p) return null;
  const municipal = municipalityPermitScope(actor);
  const isMunicipal = municipal !== null && (await db.permit.count({ where: { id: p.id, ...municipal } })) > 0;
  const isOffice = !!actor.officeId && actor.officeId === p.officeId && (actor.roles.includes("OFFICE_MANAGER") || actor.roles.includes("OFFICE_ENGINEER"));
  const isOwner = actor.roles.includes("CITIZEN") && p.ownerId === actor.userId;
  const rules = await db.certificatePrerequisite.findMany({ where: { active: true }, select: { certificateType: true, requiresType: true, active: true } });
  const issued = p.status === "ISSUED";
  const validTypes = new Set(p.certificates.filter((c) => c.cancelledAt === null).map((c) => c.type));
  const stages = INSPECTION_STAGES.map((stage: InspectionStage) => ({ stage, passed: stagePassed(stage, p.inspections), visits: p.inspections.filter((i) => i.stage === stage).length }));
  const certificateActions = CERTIFICATE_TYPES.filter((type: CertificateType) => isMunicipal && issued && !validTypes.has(type)).map((type) => ({
    type,
    // shown as information; the command decides (and refuses with the same rule)
    missing: missingPrerequisites(type, rules, p.certificates),
  }));
  const openConnection = p.connections.find((c) => c.status === "REQUESTED" || c.status === "ISSUED") ?? null;
  const { ownerId: _o, officeId: _f, ...rest } = p;
  return {
    ...rest,
    stages,
    prerequisites: rules.map((r) => ({ certificateType: r.certificateType, requiresType: r.requiresType })),
    can: {
      inspect: issued && (isMunicipal || isOffice),
      certificates: certificateActions,
      requestConnection: isOwner && p.status === "COMPLETED" && !openConnection,
      issueClearance: isMunicipal ? p.connections.filter((c) => c.status === "REQUESTED").map((c) => c.number) : [],
      // the signatory cancels an issued permit from its permit page (lib/domain/permits/commands/cancel.ts)
      cancel: issued && isMunicipal && actor.roles.includes("PERMITS_SIGNATORY"),
    },
    viewer: { isMunicipal, isOffice, isOwner },
  };
}

/** The municipality's after-issue list: issued and completed permits of its municipalities, newest first; open connection requests first. */
export async function staffAfterIssueList(actor: Actor, opts: { q: string; page: number }) {
  const scope = municipalityPermitScope(actor);
  if (!scope) return { rows: [], total: 0, page: 1, pageSize: 20, pendingConnections: [] };
  const pageSize = 20;
  const q = opts.q.trim().toUpperCase();
  const where = { ...scope, status: { in: ["ISSUED", "COMPLETED"] as ("ISSUED" | "COMPLETED")[] }, ...(q ? { number: q } : {}) };
  const [total, rows, pendingConnections] = await Promise.all([
    db.permit.count({ where }),
    db.permit.findMany({
      where,
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * pageSize,
      take: pageSize,
      select: { number: true, status: true, ownerName: true, planNo: true, parcelNo: true, issuedAt: true, kind: { select: { nameAr: true, nameEn: true } }, district: { select: { nameAr: true, nameEn: true } }, _count: { select: { inspections: true, certificates: true } } },
    }),
    db.electricityConnection.findMany({ where: { status: "REQUESTED", permit: scope }, orderBy: { requestedAt: "asc" }, take: 20, select: { number: true, requestedAt: true, permit: { select: { number: true, ownerName: true } } } }),
  ]);
  return { rows, total, page: opts.page, pageSize, pendingConnections };
}

/** One certificate of the owner's permit, for the print view (the owner only). */
export async function ownerPermitCertificate(actor: Actor, number: string) {
  const c = await db.permitCertificate.findFirst({
    where: { number, permit: { ownerId: actor.userId } },
    select: {
      id: true,
      type: true,
      number: true,
      verifyCode: true,
      issuedAt: true,
      cancelledAt: true,
      permit: { select: { number: true, ownerName: true, planNo: true, parcelNo: true, deedNo: true, issuedAt: true, kind: { select: { nameAr: true, nameEn: true } }, district: { select: { nameAr: true, nameEn: true } }, municipality: { select: { nameAr: true, nameEn: true } }, office: { select: { nameAr: true, nameEn: true } } } },
      inspection: { select: { recordedAt: true } },
    },
  });
  return c;
}

/** Public: the certificate's QR opens this. Only what the certificate shows, and whether it is valid. */
export async function verifyPermitCertificate(code: string) {
  if (!/^[A-Za-z0-9_-]{8,24}$/.test(code)) return null;
  return db.permitCertificate.findUnique({
    where: { verifyCode: code },
    select: { type: true, number: true, issuedAt: true, cancelledAt: true, permit: { select: { number: true, status: true, planNo: true, parcelNo: true, kind: { select: { nameAr: true, nameEn: true } }, district: { select: { nameAr: true, nameEn: true } }, municipality: { select: { nameAr: true, nameEn: true } } } } },
  });
}

/** Public inquiry of an electricity connection request by its number: the status only (and the clearance number once issued). */
export async function connectionStatus(number: string) {
  return findConnectionByNumber(db, number);
}

/** Who viewed the owner's permit: organization and when (from PermitAccessLog), newest first. Never the searcher's criteria. */
export async function permitAccessForOwner(actor: Actor, number: string) {
  const p = await db.permit.findFirst({ where: { number, ownerId: actor.userId }, select: { id: true, number: true } });
  if (!p) return null;
  const rows = await db.permitAccessLog.findMany({
    where: { permitIds: { has: p.id } },
    orderBy: { at: "desc" },
    take: 100,
    select: { id: true, at: true, channel: true, organizationAr: true, organizationEn: true, purpose: true },
  });
  return { number: p.number, views: rows.map((r) => ({ id: r.id.toString(), at: r.at, channel: r.channel, organization: { nameAr: r.organizationAr, nameEn: r.organizationEn }, purpose: r.purpose })) };
}
