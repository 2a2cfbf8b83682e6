import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { firstIncompleteStep } from "@/lib/domain/licensing/completeness";
import { computeLicenseFee, loadFeeRule, type FeeBreakdown } from "@/lib/domain/licensing/fees";
import { eligibleOffices, type EligibleOffice } from "@/lib/domain/licensing/office-assignment";
import { renewalOpen, renewalOpensAt } from "@/lib/domain/licensing/renewal";
import { applicationWorkflow, EDITABLE_STATES, STATE_HOLDER, type ApplicationEvent, type ApplicationState, type StepRole } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";
import { actorNationalIdOrNull } from "@/lib/kernel/actor";

/**
 * The citizen's view of licensing. Every query has the actor in its `where` (applicantId for
 * applications, the holder's national ID for licenses): another citizen's record is simply not found.
 * They return DTOs, never rows.
 */
export const MY_APPLICATIONS_PAGE_SIZE = 10;
/** License cards per page (two columns on a desktop, one on a phone). */
export const MY_LICENSES_PAGE_SIZE = 12;
/** The kiosk lists up to this many at once (its touch list scrolls; it has no pager). */
export const MY_LICENSES_MAX_PAGE_SIZE = 50;
export const MY_LICENSES_COUNT_CAP = 1_000;

function assertCitizen(actor: Actor) {
  if (!rolesAllow(actor.roles, "licensing.mine")) throw new AppError("FORBIDDEN");
}

export type ApplicationRowDTO = {
  id: string;
  number: string;
  status: ApplicationState;
  kind: "COMMERCIAL" | "HEALTH";
  tradeNameAr: string | null;
  activity: { nameAr: string; nameEn: string } | null;
  draftStep: number;
  updatedAt: Date;
  holder: StepRole | null;
  /** The citizen holds a step that sends it on (a draft to finish, a returned application to fix). */
  editable: boolean;
};

export async function listMyApplications(actor: Actor, opts: { page: number }) {
  assertCitizen(actor);
  const page = Math.max(1, Math.floor(opts.page) || 1);
  const where = { applicantId: actor.userId };
  const [rows, total] = await Promise.all([
    db.licenseApplication.findMany({
      where,
      orderBy: { updatedAt: "desc" },
      skip: (page - 1) * MY_APPLICATIONS_PAGE_SIZE,
      take: MY_APPLICATIONS_PAGE_SIZE,
      select: { id: true, number: true, status: true, kind: true, tradeNameAr: true, draftStep: true, updatedAt: true, activity: { select: { nameAr: true, nameEn: true } } },
    }),
    db.licenseApplication.count({ where }),
  ]);
  return {
    rows: rows.map((r): ApplicationRowDTO => ({ ...r, holder: STATE_HOLDER[r.status], editable: EDITABLE_STATES.includes(r.status) })),
    total,
    page,
    pageSize: MY_APPLICATIONS_PAGE_SIZE,
  };
}

export type LicenseRowDTO = {
  id: string;
  number: string;
  kind: "COMMERCIAL" | "HEALTH";
  status: "ACTIVE" | "EXPIRED" | "SUSPENDED" | "CANCELLED";
  tradeNameAr: string;
  activity: { nameAr: string; nameEn: string };
  expiresAt: Date;
  renewable: boolean;
};

export type MyLicensesPage = { rows: LicenseRowDTO[]; total: number; totalCapped: boolean; page: number; pageSize: number };

/**
 * The licenses the citizen holds, newest first, a page at a time: an owner of a chain of shops holds more than fit
 * on a phone (the list used to stop silently at 50). The total is counted up to MY_LICENSES_COUNT_CAP, so a holder
 * of very many licenses costs an index range, not a count of all of them; past the cap the pager says "at least".
 */
export async function listMyLicenses(actor: Actor, opts: { page?: number; pageSize?: number } = {}): Promise<MyLicensesPage> {
  assertCitizen(actor);
  const page = Math.max(1, Math.floor(opts.page ?? 1) || 1);
  const pageSize = Math.min(MY_LICENSES_MAX_PAGE_SIZE, Math.max(1, Math.floor(opts.pageSize ?? MY_LICENSES_PAGE_SIZE)));
  const nationalId = await actorNationalIdOrNull(db, actor);
  if (!nationalId) return { rows: [], total: 0, totalCapped: false, page, pageSize };
  const where = { holderNationalId: nationalId };
  const [rows, counted] = await Promise.all([
    db.license.findMany({
      where,
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, number: true, kind: true, status: true, tradeNameAr: true, expiresAt: true, activity: { select: { nameAr: true, nameEn: true } } },
    }),
    db.license.count({ where, take: MY_LICENSES_COUNT_CAP + 1 }),
  ]);
  const now = new Date();
  const totalCapped = counted > MY_LICENSES_COUNT_CAP;
  return {
    rows: rows.map((r) => ({ ...r, renewable: (r.status === "ACTIVE" || r.status === "EXPIRED") && renewalOpen(r.expiresAt, now) })),
    total: totalCapped ? MY_LICENSES_COUNT_CAP : counted,
    totalCapped,
    page,
    pageSize,
  };
}

export type HistoryDTO = { at: Date; event: string; role: string; from: ApplicationState | null; to: ApplicationState; note: string | null };
export type DocumentDTO = { id: string; purpose: string; originalName: string; mime: string; sizeBytes: number };

export type MyApplicationDTO = {
  id: string;
  number: string;
  status: ApplicationState;
  kind: "COMMERCIAL" | "HEALTH";
  draftStep: number;
  holder: StepRole | null;
  /**
   * The citizen's steps the workflow allows now (submit, resubmit, withdraw, reassign). Reassigning also needs a
   * suspended office, which the office panel checks (lib/domain/offices); the page reads the others from here.
   */
  actions: ApplicationEvent[];
  /** The wizard may change the data (the citizen holds a step that sends it on). */
  editable: boolean;
  tradeNameAr: string | null;
  tradeNameEn: string | null;
  commercialRegNo: string | null;
  activity: { id: string; nameAr: string; nameEn: string; groupEn: string; requiresHealthLicense: boolean } | null;
  municipality: { id: string; nameAr: string; nameEn: string } | null;
  district: { id: string; nameAr: string; nameEn: string } | null;
  addressAr: string | null;
  latitude: number | null;
  longitude: number | null;
  areaM2: number | null;
  signAreaM2: number | null;
  office: { id: string; nameAr: string; nameEn: string; phone: string } | null;
  officeAutoAssigned: boolean;
  lastNote: string | null;
  rejectionReason: string | null;
  feeHalalas: number | null;
  slaDueAt: Date | null;
  submittedAt: Date | null;
  createdAt: Date;
  history: HistoryDTO[];
  documents: DocumentDTO[];
  bill: { number: string; status: string; totalHalalas: number; dueAt: Date } | null;
  license: { id: string; number: string } | null;
};

/** One of the actor's applications, or null (another citizen's is not found). */
export async function getMyApplication(actor: Actor, id: string): Promise<MyApplicationDTO | null> {
  assertCitizen(actor);
  const app = await db.licenseApplication.findFirst({
    where: { id, applicantId: actor.userId },
    select: {
      id: true, number: true, status: true, kind: true, draftStep: true, tradeNameAr: true, tradeNameEn: true, commercialRegNo: true,
      addressAr: true, latitude: true, longitude: true, areaM2: true, signAreaM2: true, officeAutoAssigned: true, lastNote: true,
      rejectionReason: true, feeHalalas: true, slaDueAt: true, submittedAt: true, createdAt: true, billId: true,
      activity: { select: { id: true, nameAr: true, nameEn: true, groupEn: true, requiresHealthLicense: true } },
      municipality: { select: { id: true, nameAr: true, nameEn: true } },
      district: { select: { id: true, nameAr: true, nameEn: true } },
      office: { select: { id: true, nameAr: true, nameEn: true, phone: true } },
      history: { orderBy: { at: "asc" }, select: { at: true, event: true, actorRole: true, fromStatus: true, toStatus: true, note: true } },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, purpose: true, originalName: true, mime: true, sizeBytes: true } },
      license: { select: { id: true, number: true } },
    },
  });
  if (!app) return null;
  const bill = app.billId ? await db.bill.findUnique({ where: { id: app.billId }, select: { number: true, status: true, totalHalalas: true, dueAt: true } }) : null;
  const { billId: _b, history, documents, ...rest } = app;
  return {
    ...rest,
    holder: STATE_HOLDER[app.status],
    actions: applicationWorkflow.availableEvents(app.status, "CITIZEN", { needsHealth: app.kind === "HEALTH" }),
    editable: EDITABLE_STATES.includes(app.status),
    history: history.map((h) => ({ at: h.at, event: h.event, role: h.actorRole, from: h.fromStatus, to: h.toStatus, note: h.note })),
    documents: documents.map((d) => ({ ...d, purpose: d.purpose ?? "" })),
    bill,
  };
}

export type WizardOptionsDTO = {
  activities: { id: string; nameAr: string; nameEn: string; groupAr: string; groupEn: string; requiresHealthLicense: boolean }[];
  municipalities: { id: string; nameAr: string; nameEn: string; districts: { id: string; nameAr: string; nameEn: string }[] }[];
};

/** The catalogue the establishment step chooses from: active activities, municipalities with their districts. */
export async function wizardOptions(): Promise<WizardOptionsDTO> {
  const [activities, municipalities] = await Promise.all([
    db.activity.findMany({
      where: { active: true },
      orderBy: [{ groupAr: "asc" }, { nameAr: "asc" }],
      select: { id: true, nameAr: true, nameEn: true, groupAr: true, groupEn: true, requiresHealthLicense: true },
    }),
    db.municipality.findMany({
      where: { districts: { some: {} } },
      orderBy: { nameAr: "asc" },
      select: { id: true, nameAr: true, nameEn: true, districts: { orderBy: { nameAr: "asc" }, select: { id: true, nameAr: true, nameEn: true } } },
    }),
  ]);
  return { activities, municipalities };
}

/** The offices the citizen may choose for their draft (its municipality and kind). */
export async function officesForApplication(app: MyApplicationDTO): Promise<EligibleOffice[]> {
  if (!app.municipality) return [];
  return eligibleOffices(db, app.municipality.id, app.kind === "HEALTH");
}

/** The fee the citizen will pay, from the schedule (null while the establishment step is incomplete). */
export async function feePreview(app: MyApplicationDTO): Promise<FeeBreakdown | null> {
  if (!app.activity || app.areaM2 === null || app.signAreaM2 === null) return null;
  const rule = await loadFeeRule(db, app.activity.groupEn);
  return computeLicenseFee(rule, { areaM2: app.areaM2, signAreaM2: app.signAreaM2, needsHealth: app.kind === "HEALTH" });
}

export async function incompleteStep(app: MyApplicationDTO): Promise<1 | 2 | null> {
  const fields = {
    id: app.id,
    tradeNameAr: app.tradeNameAr,
    commercialRegNo: app.commercialRegNo,
    activityId: app.activity?.id ?? null,
    municipalityId: app.municipality?.id ?? null,
    districtId: app.district?.id ?? null,
    addressAr: app.addressAr,
    latitude: app.latitude,
    longitude: app.longitude,
    areaM2: app.areaM2,
    signAreaM2: app.signAreaM2,
  };
  return db.$transaction((tx) => firstIncompleteStep(tx, fields));
}

export type MyLicenseDTO = {
  id: string;
  number: string;
  verifyCode: string;
  kind: "COMMERCIAL" | "HEALTH";
  status: "ACTIVE" | "EXPIRED" | "SUSPENDED" | "CANCELLED";
  tradeNameAr: string;
  tradeNameEn: string | null;
  commercialRegNo: string;
  holderName: string;
  activity: { nameAr: string; nameEn: string; isicCode: string };
  municipality: { nameAr: string; nameEn: string };
  office: { nameAr: string; nameEn: string } | null;
  addressAr: string | null;
  areaM2: number;
  signAreaM2: number;
  issuedAt: Date;
  validFrom: Date;
  expiresAt: Date;
  cancelledAt: Date | null;
  cancelReason: string | null;
  cancelledBy: string | null;
  applicationId: string | null;
  renewalOpensAt: Date;
  renewable: boolean;
  pendingRenewal: { billNumber: string | null; totalHalalas: number } | null;
  renewals: { createdAt: Date; status: string; feeHalalas: number; lateFeeHalalas: number; newExpiresAt: Date | null }[];
};

/** One of the actor's licenses (by holder national ID), or null. */
export async function getMyLicense(actor: Actor, id: string): Promise<MyLicenseDTO | null> {
  assertCitizen(actor);
  const nationalId = await actorNationalIdOrNull(db, actor);
  if (!nationalId) return null;
  const l = await db.license.findFirst({
    where: { id, holderNationalId: nationalId },
    select: {
      id: true, number: true, verifyCode: true, kind: true, status: true, tradeNameAr: true, holderName: true, areaM2: true, signAreaM2: true,
      issuedAt: true, validFrom: true, expiresAt: true, cancelledAt: true, cancelReason: true, cancelledBy: true, applicationId: true,
      activity: { select: { nameAr: true, nameEn: true, isicCode: true } },
      municipality: { select: { nameAr: true, nameEn: true } },
      office: { select: { nameAr: true, nameEn: true } },
      establishment: { select: { commercialRegNo: true, tradeNameEn: true, addressAr: true } },
      renewals: { orderBy: { createdAt: "desc" }, select: { createdAt: true, status: true, feeHalalas: true, lateFeeHalalas: true, newExpiresAt: true, billId: true } },
    },
  });
  if (!l) return null;
  const pending = l.renewals.find((r) => r.status === "AWAITING_PAYMENT");
  const pendingBill = pending?.billId ? await db.bill.findUnique({ where: { id: pending.billId }, select: { number: true, status: true, totalHalalas: true } }) : null;
  const now = new Date();
  const { establishment, renewals, ...rest } = l;
  return {
    ...rest,
    commercialRegNo: establishment.commercialRegNo,
    tradeNameEn: establishment.tradeNameEn,
    addressAr: establishment.addressAr,
    renewalOpensAt: renewalOpensAt(l.expiresAt),
    renewable: (l.status === "ACTIVE" || l.status === "EXPIRED") && renewalOpen(l.expiresAt, now),
    pendingRenewal: pendingBill && pendingBill.status === "UNPAID" ? { billNumber: pendingBill.number, totalHalalas: pendingBill.totalHalalas } : null,
    renewals: renewals.map(({ billId: _b, ...r }) => r),
  };
}

/** What the public verification page shows: only what the printed certificate shows, never IDs or mobiles. */
export type PublicLicenseDTO = {
  number: string;
  kind: "COMMERCIAL" | "HEALTH";
  /** The status as of now: an ACTIVE license past its expiry shows as EXPIRED even before the nightly job. */
  status: "ACTIVE" | "EXPIRED" | "SUSPENDED" | "CANCELLED";
  tradeNameAr: string;
  activity: { nameAr: string; nameEn: string };
  municipality: { nameAr: string; nameEn: string };
  issuedAt: Date;
  expiresAt: Date;
  cancelledAt: Date | null;
};

/**
 * The license a verification code names, with its id for the server's next read (its certificate's signatures): the
 * page renders only `license`.
 */
export async function publicLicenseByCode(code: string): Promise<{ id: string; license: PublicLicenseDTO } | null> {
  if (!/^[A-Za-z0-9_-]{8,24}$/.test(code)) return null;
  const found = await db.license.findUnique({
    where: { verifyCode: code },
    select: {
      id: true, number: true, kind: true, status: true, tradeNameAr: true, issuedAt: true, expiresAt: true, cancelledAt: true,
      activity: { select: { nameAr: true, nameEn: true } },
      municipality: { select: { nameAr: true, nameEn: true } },
    },
  });
  if (!found) return null;
  const { id, ...l } = found;
  const status = l.status === "ACTIVE" && l.expiresAt.getTime() <= Date.now() ? "EXPIRED" : l.status;
  return { id, license: { ...l, status } };
}

export async function verifyLicense(code: string): Promise<PublicLicenseDTO | null> {
  return (await publicLicenseByCode(code))?.license ?? null;
}
