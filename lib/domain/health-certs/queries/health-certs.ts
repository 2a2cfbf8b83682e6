import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { effectiveCertStatus, maskWorkerId, parseExamQuery, type HealthCertStatus } from "@/lib/domain/health-certs/status";
import { healthCertWorkflow } from "@/lib/domain/health-certs/workflow";
import { actorNationalId } from "@/lib/kernel/actor";
import { AppError } from "@/lib/errors";
import { startOfRiyadhDay } from "@/lib/kernel/riyadh-days";

/**
 * Reads of workers' health certificates, each scoped in its where: the owner sees the certificates of
 * the establishments they own; an examiner sees the requests of their center's Amanah; the public sees
 * one certificate by its random verify code, with only what the printed certificate shows.
 */
export const CERT_PAGE_SIZE = 20;

export type Paged<T> = { rows: T[]; total: number; page: number; pageSize: number };
type Name = { ar: string; en: string };

export type CertRowDTO = {
  id: string;
  number: string;
  workerName: string;
  workerNationality: string | null;
  occupation: string;
  status: HealthCertStatus;
  tradeNameAr: string;
  requestedAt: Date;
  issuedAt: Date | null;
  expiresAt: Date | null;
};

const rowSelect = {
  id: true,
  number: true,
  workerName: true,
  workerNationality: true,
  occupation: true,
  status: true,
  createdAt: true,
  issuedAt: true,
  expiresAt: true,
  establishment: { select: { tradeNameAr: true } },
} as const;

type Row = { id: string; number: string; workerName: string; workerNationality: string | null; occupation: string; status: HealthCertStatus; createdAt: Date; issuedAt: Date | null; expiresAt: Date | null; establishment: { tradeNameAr: string } };

function toRow(r: Row, now: Date): CertRowDTO {
  return {
    id: r.id,
    number: r.number,
    workerName: r.workerName,
    workerNationality: r.workerNationality,
    occupation: r.occupation,
    status: effectiveCertStatus(r.status, r.expiresAt, now),
    tradeNameAr: r.establishment.tradeNameAr,
    requestedAt: r.createdAt,
    issuedAt: r.issuedAt,
    expiresAt: r.expiresAt,
  };
}

const pageOf = (p: number | undefined) => (Number.isInteger(p) && (p as number) > 0 ? (p as number) : 1);

// ───────────── The establishment owner ─────────────

export async function listMyHealthCerts(actor: Actor, opts: { page?: number }): Promise<Paged<CertRowDTO>> {
  const nationalId = await actorNationalId(db, actor);
  const where = { establishment: { ownerNationalId: nationalId } };
  const page = pageOf(opts.page);
  const [rows, total] = await Promise.all([
    db.healthCertificate.findMany({ where, select: rowSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * CERT_PAGE_SIZE, take: CERT_PAGE_SIZE }),
    db.healthCertificate.count({ where }),
  ]);
  const now = new Date();
  return { rows: rows.map((r) => toRow(r, now)), total, page, pageSize: CERT_PAGE_SIZE };
}

export type CertLicenseOption = { id: string; number: string; tradeNameAr: string };

/** The owner's ACTIVE licenses: a certificate can be requested only for one of them. */
export async function myLicensesForCerts(actor: Actor): Promise<CertLicenseOption[]> {
  const nationalId = await actorNationalId(db, actor);
  return db.license.findMany({
    where: { status: "ACTIVE", establishment: { ownerNationalId: nationalId } },
    select: { id: true, number: true, tradeNameAr: true },
    orderBy: { issuedAt: "desc" },
    take: 50,
  });
}

export type CertDetailDTO = CertRowDTO & {
  workerIdMasked: string;
  verifyCode: string | null;
  licenseNumber: string | null;
  commercialRegNo: string;
  municipality: Name;
  center: Name | null;
  examinedAt: Date | null;
  examNotes: string | null;
  revokedAt: Date | null;
  revokeReason: string | null;
};

const detailSelect = {
  ...rowSelect,
  verifyCode: true,
  workerNationalId: true,
  examinedAt: true,
  examNotes: true,
  revokedAt: true,
  revokeReason: true,
  license: { select: { number: true } },
  center: { select: { nameAr: true, nameEn: true } },
  establishment: { select: { tradeNameAr: true, commercialRegNo: true, municipality: { select: { nameAr: true, nameEn: true } } } },
} as const;

type DetailRow = Row & {
  verifyCode: string;
  workerNationalId: string;
  examinedAt: Date | null;
  examNotes: string | null;
  revokedAt: Date | null;
  revokeReason: string | null;
  license: { number: string } | null;
  center: { nameAr: string; nameEn: string } | null;
  establishment: { tradeNameAr: string; commercialRegNo: string; municipality: { nameAr: string; nameEn: string } };
};

function toDetail(r: DetailRow, now: Date): CertDetailDTO {
  const status = effectiveCertStatus(r.status, r.expiresAt, now);
  return {
    ...toRow(r, now),
    workerIdMasked: maskWorkerId(r.workerNationalId),
    // The QR code exists only for a certificate that was issued.
    verifyCode: r.issuedAt ? r.verifyCode : null,
    licenseNumber: r.license?.number ?? null,
    commercialRegNo: r.establishment.commercialRegNo,
    municipality: { ar: r.establishment.municipality.nameAr, en: r.establishment.municipality.nameEn },
    center: r.center ? { ar: r.center.nameAr, en: r.center.nameEn } : null,
    examinedAt: r.examinedAt,
    examNotes: status === "UNFIT" ? r.examNotes : null,
    revokedAt: r.revokedAt,
    revokeReason: r.revokeReason,
  };
}

/** One of the owner's certificates; someone else's is not found (null), whatever the ID in the URL. */
export async function getMyHealthCert(actor: Actor, id: string): Promise<CertDetailDTO | null> {
  const nationalId = await actorNationalId(db, actor);
  const row = await db.healthCertificate.findFirst({ where: { id, establishment: { ownerNationalId: nationalId } }, select: detailSelect });
  return row ? toDetail(row, new Date()) : null;
}

// ───────────── The medical examiner ─────────────

async function examinerCenter(actor: Actor) {
  if (!actor.medicalCenterId) throw new AppError("FORBIDDEN");
  const center = await db.medicalCenter.findFirst({ where: { id: actor.medicalCenterId, active: true }, select: { id: true, code: true, nameAr: true, nameEn: true, amanahId: true } });
  if (!center) throw new AppError("FORBIDDEN");
  return center;
}

export type ExamQueueRowDTO = CertRowDTO & { workerIdMasked: string; municipality: Name };

export type MedicalDashboardDTO = {
  center: { code: string; name: Name };
  pendingTotal: number;
  examinedToday: number;
  issuedByCenter: number;
  /** The search: null when empty; "invalid" when it is neither a certificate number nor an ID. */
  query: { q: string; kind: "none" | "invalid" | "number" | "worker" };
  queue: Paged<ExamQueueRowDTO>;
  recent: (CertRowDTO & { examinedAt: Date | null })[];
};

/** The examiner's home: requests waiting in their Amanah (oldest first, or the one searched for), and their center's recent results. */
export async function medicalDashboard(actor: Actor, opts: { q?: string; page?: number }): Promise<MedicalDashboardDTO> {
  const center = await examinerCenter(actor);
  const inAmanah = { establishment: { municipality: { amanahId: center.amanahId } } };
  const q = (opts.q ?? "").trim();
  const parsed = q ? parseExamQuery(q) : null;
  const kind: MedicalDashboardDTO["query"]["kind"] = !q ? "none" : !parsed ? "invalid" : "number" in parsed ? "number" : "worker";
  // A search finds the certificate whatever its status (so the examiner sees "already examined"); the default list is what waits.
  const where = parsed ? { ...inAmanah, ...parsed } : kind === "invalid" ? { id: "__none__" } : { ...inAmanah, status: "REQUESTED" as const };
  const page = pageOf(opts.page);
  const now = new Date();
  const [rows, total, pendingTotal, examinedToday, issuedByCenter, recent] = await Promise.all([
    db.healthCertificate.findMany({
      where,
      select: { ...rowSelect, workerNationalId: true, establishment: { select: { tradeNameAr: true, municipality: { select: { nameAr: true, nameEn: true } } } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * CERT_PAGE_SIZE,
      take: CERT_PAGE_SIZE,
    }),
    db.healthCertificate.count({ where }),
    db.healthCertificate.count({ where: { ...inAmanah, status: "REQUESTED" } }),
    db.healthCertificate.count({ where: { centerId: center.id, examinedAt: { gte: startOfRiyadhDay(now) } } }),
    db.healthCertificate.count({ where: { centerId: center.id, status: "ISSUED" } }),
    db.healthCertificate.findMany({ where: { centerId: center.id }, select: { ...rowSelect, examinedAt: true }, orderBy: { examinedAt: "desc" }, take: 8 }),
  ]);
  return {
    center: { code: center.code, name: { ar: center.nameAr, en: center.nameEn } },
    pendingTotal,
    examinedToday,
    issuedByCenter,
    query: { q, kind },
    queue: {
      rows: rows.map((r) => ({
        ...toRow(r, now),
        workerIdMasked: maskWorkerId(r.workerNationalId),
        municipality: { ar: r.establishment.municipality.nameAr, en: r.establishment.municipality.nameEn },
      })),
      total,
      page,
      pageSize: CERT_PAGE_SIZE,
    },
    recent: recent.map((r) => ({ ...toRow(r, now), examinedAt: r.examinedAt })),
  };
}

/** `canExamine`: the examiner may record the examination now (the workflow offers them a result). */
export type ExamCertDTO = CertDetailDTO & { workerNationalId: string; canExamine: boolean };

/** A certificate for the examiner (in their Amanah): with the full worker ID, which the examiner checks against the worker's card. */
export async function getCertForExam(actor: Actor, id: string): Promise<ExamCertDTO | null> {
  const center = await examinerCenter(actor);
  const row = await db.healthCertificate.findFirst({ where: { id, establishment: { municipality: { amanahId: center.amanahId } } }, select: detailSelect });
  if (!row) return null;
  return {
    ...toDetail(row, new Date()),
    workerNationalId: row.workerNationalId,
    examNotes: row.examNotes,
    canExamine: healthCertWorkflow.availableEvents(row.status, actor.roles, undefined).length > 0,
  };
}

// ───────────── Public verification ─────────────

export type PublicCertDTO = {
  number: string;
  status: "ISSUED" | "EXPIRED" | "REVOKED";
  workerName: string;
  workerIdMasked: string;
  workerNationality: string | null;
  occupation: string;
  tradeNameAr: string;
  licenseNumber: string | null;
  municipality: Name;
  center: Name | null;
  issuedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
};

/** What the QR code of a printed certificate opens; requests never issued (REQUESTED, UNFIT) are not found. */
export async function verifyHealthCert(code: string): Promise<PublicCertDTO | null> {
  if (!/^[A-Za-z0-9_-]{8,24}$/.test(code)) return null;
  const row = await db.healthCertificate.findUnique({ where: { verifyCode: code }, select: detailSelect });
  if (!row || !row.issuedAt || !row.expiresAt) return null;
  const status = effectiveCertStatus(row.status, row.expiresAt);
  if (status !== "ISSUED" && status !== "EXPIRED" && status !== "REVOKED") return null;
  return {
    number: row.number,
    status,
    workerName: row.workerName,
    workerIdMasked: maskWorkerId(row.workerNationalId),
    workerNationality: row.workerNationality,
    occupation: row.occupation,
    tradeNameAr: row.establishment.tradeNameAr,
    licenseNumber: row.license?.number ?? null,
    municipality: { ar: row.establishment.municipality.nameAr, en: row.establishment.municipality.nameEn },
    center: row.center ? { ar: row.center.nameAr, en: row.center.nameEn } : null,
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  };
}
