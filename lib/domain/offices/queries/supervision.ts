import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";
import { REQUIRED_AGENT_TRAINING, trainingValidSince } from "@/lib/domain/offices/policies";
import { computeScorecards, lastDays, municipalityRanking, type Scorecard } from "@/lib/domain/offices/scorecard";
import { AppError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";

/** Queries of office supervision: every one scoped in its where (committee: offices of its Amanahs). */
const PAGE_SIZE = 20;
const DAY = 86_400_000;
const pageOf = (page: number | undefined) => Math.max(1, Math.floor(page ?? 1) || 1);

export async function committeeDashboard(actor: Actor, lang: Lang, now = new Date()) {
  const scope = committeeOfficeScope(actor);
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const [byStatus, pendingAccreditations, endingSoon, pendingAppeals, penaltiesThisMonth, openFeedback, upcomingWorkshops] = await Promise.all([
    db.licensingOffice.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.accreditationRequest.count({ where: { status: "SUBMITTED", office: scope } }),
    db.officeContract.findMany({
      where: { status: "ACTIVE", endsAt: { gte: now, lte: new Date(now.getTime() + 60 * DAY) }, office: scope },
      select: { number: true, endsAt: true, office: { select: { code: true, nameAr: true, nameEn: true } } },
      orderBy: { endsAt: "asc" },
      take: 10,
    }),
    db.penaltyAppeal.count({ where: { status: "PENDING", penalty: { office: scope } } }),
    db.officePenalty.count({ where: { proposedAt: { gte: monthStart }, office: scope } }),
    db.officeFeedback.count({ where: { status: "OPEN", OR: [{ officeId: null }, { office: scope }] } }),
    db.workshop.findMany({ where: { startsAt: { gte: now } }, orderBy: { startsAt: "asc" }, take: 3, select: { id: true, titleAr: true, titleEn: true, startsAt: true } }),
  ]);
  const offices = await db.licensingOffice.findMany({
    where: scope,
    select: { code: true, nameAr: true, nameEn: true, status: true, suspendedUntil: true },
    orderBy: [{ status: "asc" }, { code: "asc" }],
  });
  const counts = Object.fromEntries(byStatus.map((b) => [b.status, b._count._all])) as Record<string, number>;
  return {
    counts: { PENDING: counts.PENDING ?? 0, ACTIVE: counts.ACTIVE ?? 0, SUSPENDED: counts.SUSPENDED ?? 0, REVOKED: counts.REVOKED ?? 0 },
    pendingAccreditations,
    pendingAppeals,
    penaltiesThisMonth,
    openFeedback,
    endingSoon: endingSoon.map((c) => ({ number: c.number, endsAt: c.endsAt, officeCode: c.office.code, officeName: localName(lang, c.office) })),
    offices: offices.map((o) => ({ code: o.code, name: localName(lang, o), status: o.status, suspendedUntil: o.suspendedUntil })),
    upcomingWorkshops: upcomingWorkshops.map((w) => ({ id: w.id, title: localText(lang, w, "title"), startsAt: w.startsAt })),
  };
}

export async function accreditationList(actor: Actor, lang: Lang, opts: { status?: string; page?: number }) {
  const page = pageOf(opts.page);
  const status = opts.status === "all" ? undefined : ((["SUBMITTED", "APPROVED", "REJECTED"].includes(opts.status ?? "") ? opts.status : "SUBMITTED") as "SUBMITTED");
  const where = { office: committeeOfficeScope(actor), ...(status ? { status } : {}) };
  const [total, rows] = await Promise.all([
    db.accreditationRequest.count({ where }),
    db.accreditationRequest.findMany({
      where,
      orderBy: { submittedAt: "asc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { number: true, status: true, submittedAt: true, serviceTypes: true, office: { select: { nameAr: true, nameEn: true, commercialRegNo: true } } },
    }),
  ]);
  return {
    page,
    pageSize: PAGE_SIZE,
    total,
    status: status ?? "all",
    rows: rows.map((r) => ({ number: r.number, status: r.status, submittedAt: r.submittedAt, serviceTypes: r.serviceTypes, officeName: localName(lang, r.office), commercialRegNo: r.office.commercialRegNo })),
  };
}

async function municipalityNames(ids: string[], lang: Lang) {
  const rows = await db.municipality.findMany({ where: { id: { in: ids } }, select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } });
  return rows.map((m) => ({ id: m.id, name: localName(lang, m) }));
}

export async function accreditationDetail(actor: Actor, lang: Lang, number: string) {
  const r = await db.accreditationRequest.findFirst({
    where: { number, office: committeeOfficeScope(actor) },
    select: {
      id: true,
      number: true,
      status: true,
      submittedAt: true,
      decidedAt: true,
      decisionReason: true,
      serviceTypes: true,
      municipalityIds: true,
      notes: true,
      applicantId: true,
      documents: { select: { id: true, originalName: true, sizeBytes: true } },
      office: {
        select: {
          code: true,
          nameAr: true,
          nameEn: true,
          commercialRegNo: true,
          phone: true,
          email: true,
          amanahId: true,
          contracts: { orderBy: { createdAt: "desc" }, take: 1, select: { number: true } },
          members: {
            where: { active: true },
            select: { id: true, role: true, qualificationNo: true, user: { select: { nameAr: true, nameEn: true, nationalId: true, mobile: true } } },
            orderBy: [{ role: "asc" }, { createdAt: "asc" }],
          },
        },
      },
    },
  });
  if (!r) return null;
  const [requested, amanahMunicipalities, applicant] = await Promise.all([
    municipalityNames(r.municipalityIds, lang),
    db.municipality.findMany({ where: { amanahId: r.office.amanahId }, select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } }),
    db.user.findUnique({ where: { id: r.applicantId }, select: { nameAr: true, nameEn: true, mobile: true } }),
  ]);
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    submittedAt: r.submittedAt,
    decidedAt: r.decidedAt,
    decisionReason: r.decisionReason,
    serviceTypes: r.serviceTypes,
    municipalityIds: r.municipalityIds,
    notes: r.notes,
    documents: r.documents,
    contractNumber: r.status === "APPROVED" ? (r.office.contracts[0]?.number ?? null) : null,
    requestedMunicipalities: requested,
    amanahMunicipalities: amanahMunicipalities.map((m) => ({ id: m.id, name: localName(lang, m) })),
    applicant: applicant ? { name: localName(lang, applicant), mobile: applicant.mobile } : null,
    office: {
      code: r.office.code,
      name: localName(lang, r.office),
      commercialRegNo: r.office.commercialRegNo,
      phone: r.office.phone,
      email: r.office.email,
      members: r.office.members.map((m) => ({ id: m.id, role: m.role, qualificationNo: m.qualificationNo, name: localName(lang, m.user), nationalId: m.user.nationalId, mobile: m.user.mobile })),
    },
  };
}

export type MemberTraining = { topic: string; certificateNo: string | null; certifiedAt: Date | null; startsAt: Date; attended: boolean };

function trainingOf(attendances: { attended: boolean; certificateNo: string | null; certifiedAt: Date | null; workshop: { topic: string; startsAt: Date } }[]): MemberTraining[] {
  return attendances.map((a) => ({ topic: a.workshop.topic, certificateNo: a.certificateNo, certifiedAt: a.certifiedAt, startsAt: a.workshop.startsAt, attended: a.attended }));
}

/** Whether the member holds a valid certificate of the training agents need (same rule as policies.ts). */
export function hasValidBasics(training: MemberTraining[], now = new Date()): boolean {
  const since = trainingValidSince(now);
  return training.some((t) => t.topic === REQUIRED_AGENT_TRAINING && t.certificateNo && t.certifiedAt && t.certifiedAt >= since);
}

const memberSelect = {
  id: true,
  role: true,
  qualificationNo: true,
  verifiedAt: true,
  active: true,
  removedAt: true,
  user: { select: { nameAr: true, nameEn: true, nationalId: true, username: true } },
  attendances: { select: { attended: true, certificateNo: true, certifiedAt: true, workshop: { select: { topic: true, startsAt: true } } }, orderBy: { workshop: { startsAt: "desc" as const } } },
} as const;

type MemberRow = {
  id: string;
  role: string;
  qualificationNo: string | null;
  verifiedAt: Date | null;
  active: boolean;
  removedAt: Date | null;
  user: { nameAr: string; nameEn: string; nationalId: string | null; username: string | null };
  attendances: { attended: boolean; certificateNo: string | null; certifiedAt: Date | null; workshop: { topic: string; startsAt: Date } }[];
};
function memberDto(lang: Lang, m: MemberRow) {
  return {
    id: m.id,
    role: m.role,
    name: localName(lang, m.user),
    login: m.user.nationalId ?? m.user.username ?? "",
    qualificationNo: m.qualificationNo,
    verifiedAt: m.verifiedAt,
    active: m.active,
    removedAt: m.removedAt,
    training: trainingOf(m.attendances),
  };
}

/** The committee's page of one office. */
export async function committeeOfficeDetail(actor: Actor, lang: Lang, code: string) {
  const o = await db.licensingOffice.findFirst({
    where: { code, ...committeeOfficeScope(actor) },
    select: {
      id: true,
      code: true,
      nameAr: true,
      nameEn: true,
      commercialRegNo: true,
      phone: true,
      email: true,
      status: true,
      suspendedUntil: true,
      serviceTypes: true,
      coverage: { select: { municipality: { select: { nameAr: true, nameEn: true } } } },
      members: { select: memberSelect, orderBy: [{ active: "desc" }, { role: "asc" }, { createdAt: "asc" }] },
      contracts: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: {
          number: true,
          status: true,
          startsAt: true,
          endsAt: true,
          maxMedianHours: true,
          maxSlaBreachPercent: true,
          maxReturnPercent: true,
          spotCheckPercent: true,
          clauses: { select: { code: true, titleAr: true, titleEn: true, trigger: true, occurrence: true, kind: true }, orderBy: [{ trigger: "asc" }, { occurrence: "asc" }] },
        },
      },
      penalties: { orderBy: { proposedAt: "desc" }, take: 10, select: { number: true, kind: true, status: true, proposedAt: true, reason: true } },
      spotChecks: { orderBy: { createdAt: "desc" }, take: 10, select: { id: true, status: true, createdAt: true } },
    },
  });
  if (!o) return null;
  const [scorecard] = await computeScorecards(db, [o.id], lastDays(90));
  const contract = o.contracts[0] ?? null;
  return {
    code: o.code,
    name: localName(lang, o),
    commercialRegNo: o.commercialRegNo,
    phone: o.phone,
    email: o.email,
    status: o.status,
    suspendedUntil: o.suspendedUntil,
    serviceTypes: o.serviceTypes,
    coverage: o.coverage.map((c) => localName(lang, c.municipality)),
    members: o.members.map((m) => memberDto(lang, m)),
    contract: contract ? { ...contract, clauses: contract.clauses.map((c) => ({ code: c.code, title: localText(lang, c, "title"), kind: c.kind, trigger: c.trigger })) } : null,
    penalties: o.penalties,
    spotChecks: o.spotChecks,
    scorecard: (scorecard ?? null) as Scorecard | null,
  };
}

/** The office manager's team, with qualifications and training (scope: the actor's own office). */
export async function myTeam(actor: Actor, lang: Lang) {
  if (!actor.officeId) throw new AppError("FORBIDDEN");
  const o = await db.licensingOffice.findUniqueOrThrow({
    where: { id: actor.officeId },
    select: { code: true, nameAr: true, nameEn: true, members: { select: memberSelect, orderBy: [{ active: "desc" }, { role: "asc" }, { createdAt: "asc" }] } },
  });
  const upcoming = await db.workshopAttendance.findMany({
    where: { member: { officeId: actor.officeId }, workshop: { startsAt: { gte: new Date() } } },
    select: { memberId: true },
  });
  const registered = new Set(upcoming.map((u) => u.memberId));
  return { code: o.code, name: localName(lang, o), members: o.members.map((m) => ({ ...memberDto(lang, m), registeredUpcoming: registered.has(m.id) })) };
}

export async function workshopList(lang: Lang, opts: { page?: number }) {
  const page = pageOf(opts.page);
  const [total, rows] = await Promise.all([
    db.workshop.count(),
    db.workshop.findMany({
      orderBy: { startsAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, topic: true, titleAr: true, titleEn: true, startsAt: true, location: true, capacity: true, _count: { select: { attendances: true } } },
    }),
  ]);
  return {
    page,
    pageSize: PAGE_SIZE,
    total,
    rows: rows.map((w) => ({ id: w.id, topic: w.topic, title: localText(lang, w, "title"), startsAt: w.startsAt, location: w.location, capacity: w.capacity, taken: w._count.attendances })),
  };
}

/** A workshop with its attendees from the committee's offices, and the members it may still register. */
export async function workshopDetail(actor: Actor, lang: Lang, id: string) {
  const w = await db.workshop.findUnique({ where: { id }, select: { id: true, topic: true, titleAr: true, titleEn: true, startsAt: true, location: true, capacity: true, _count: { select: { attendances: true } } } });
  if (!w) return null;
  const scope = committeeOfficeScope(actor);
  const [attendees, candidates] = await Promise.all([
    db.workshopAttendance.findMany({
      where: { workshopId: id, member: { office: scope } },
      select: { id: true, memberId: true, attended: true, certificateNo: true, certifiedAt: true, member: { select: { role: true, user: { select: { nameAr: true, nameEn: true } }, office: { select: { nameAr: true, nameEn: true } } } } },
      orderBy: { member: { office: { code: "asc" } } },
    }),
    db.officeMember.findMany({
      where: { active: true, office: { ...scope, status: "ACTIVE" }, attendances: { none: { workshopId: id } } },
      select: { id: true, role: true, user: { select: { nameAr: true, nameEn: true } }, office: { select: { nameAr: true, nameEn: true, code: true } } },
      orderBy: [{ office: { code: "asc" } }, { role: "asc" }],
      take: 200,
    }),
  ]);
  return {
    id: w.id,
    topic: w.topic,
    title: localText(lang, w, "title"),
    startsAt: w.startsAt,
    location: w.location,
    capacity: w.capacity,
    taken: w._count.attendances,
    held: w.startsAt.getTime() <= Date.now(),
    attendees: attendees.map((a) => ({
      memberId: a.memberId,
      name: localName(lang, a.member.user),
      role: a.member.role,
      office: localName(lang, a.member.office),
      attended: a.attended,
      certificateNo: a.certificateNo,
    })),
    candidates: candidates.map((c) => ({ id: c.id, name: localName(lang, c.user), role: c.role, office: localName(lang, c.office) })),
  };
}

export async function committeeFeedback(actor: Actor, lang: Lang, opts: { status?: string; page?: number }) {
  const page = pageOf(opts.page);
  const status = opts.status === "all" ? undefined : ("OPEN" as const);
  const where = { OR: [{ officeId: null }, { office: committeeOfficeScope(actor) }], ...(status ? { status } : {}) };
  const [total, rows] = await Promise.all([
    db.officeFeedback.count({ where }),
    db.officeFeedback.findMany({
      where,
      orderBy: { createdAt: "asc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, number: true, kind: true, status: true, fromKind: true, subject: true, body: true, answer: true, createdAt: true, answeredAt: true, office: { select: { code: true, nameAr: true, nameEn: true } } },
    }),
  ]);
  return {
    page,
    pageSize: PAGE_SIZE,
    total,
    status: status ?? "all",
    rows: rows.map((f) => ({ ...f, office: f.office ? { code: f.office.code, name: localName(lang, f.office) } : null })),
  };
}

/** The feedback the actor filed (citizen or office member). */
export async function myFeedback(actor: Actor, lang: Lang) {
  const rows = await db.officeFeedback.findMany({
    where: { fromUserId: actor.userId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, number: true, kind: true, status: true, subject: true, body: true, answer: true, createdAt: true, answeredAt: true, office: { select: { nameAr: true, nameEn: true } } },
  });
  return rows.map((f) => ({ ...f, office: f.office ? localName(lang, f.office) : null }));
}

/** Offices one may file feedback about (accredited or suspended), except the actor's own. */
export async function feedbackOfficeOptions(actor: Actor, lang: Lang) {
  const rows = await db.licensingOffice.findMany({
    where: { status: { in: ["ACTIVE", "SUSPENDED"] }, ...(actor.officeId ? { id: { not: actor.officeId } } : {}) },
    select: { id: true, nameAr: true, nameEn: true },
    orderBy: { code: "asc" },
  });
  return rows.map((o) => ({ id: o.id, name: localName(lang, o) }));
}

/** The accreditation requests the citizen filed. */
export async function myAccreditations(actor: Actor, lang: Lang) {
  const rows = await db.accreditationRequest.findMany({
    where: { applicantId: actor.userId },
    orderBy: { submittedAt: "desc" },
    select: { number: true, status: true, submittedAt: true, decidedAt: true, decisionReason: true, office: { select: { nameAr: true, nameEn: true, code: true } } },
  });
  return rows.map((r) => ({ ...r, office: localName(lang, r.office) }));
}

/** Municipalities by Amanah, for the accreditation form. */
export async function municipalityOptions(lang: Lang) {
  const amanahs = await db.amanah.findMany({
    select: { id: true, nameAr: true, nameEn: true, municipalities: { select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } } },
    orderBy: { code: "asc" },
  });
  return amanahs.map((a) => ({ id: a.id, name: localName(lang, a), municipalities: a.municipalities.map((m) => ({ id: m.id, name: localName(lang, m) })) }));
}

/** Public: an office's page (accredited, suspended or revoked offices only; never pending ones). */
export async function publicOffice(lang: Lang, code: string) {
  const o = await db.licensingOffice.findFirst({
    where: { code, status: { in: ["ACTIVE", "SUSPENDED", "REVOKED"] } },
    select: {
      id: true,
      code: true,
      nameAr: true,
      nameEn: true,
      phone: true,
      email: true,
      status: true,
      suspendedUntil: true,
      serviceTypes: true,
      coverage: { select: { municipality: { select: { id: true, nameAr: true, nameEn: true } } } },
    },
  });
  if (!o) return null;
  const [scorecard] = await computeScorecards(db, [o.id], lastDays(90));
  return {
    code: o.code,
    name: localName(lang, o),
    phone: o.phone,
    email: o.email,
    status: o.status,
    suspendedUntil: o.suspendedUntil,
    serviceTypes: o.serviceTypes,
    coverage: o.coverage.map((c) => ({ id: c.municipality.id, name: localName(lang, c.municipality) })),
    scorecard: (scorecard ?? null) as Scorecard | null,
  };
}

/** Public: municipalities that have at least one listed office. */
export async function publicMunicipalities(lang: Lang) {
  const rows = await db.municipality.findMany({
    where: { offices: { some: { office: { status: { in: ["ACTIVE", "SUSPENDED"] } } } } },
    select: { id: true, code: true, nameAr: true, nameEn: true },
    orderBy: { code: "asc" },
  });
  return rows.map((m) => ({ id: m.id, code: m.code, name: localName(lang, m) }));
}

/**
 * Public: the ranking of the offices serving one municipality (by code; the first listed municipality
 * when none or an unknown one is asked for). Only public figures: never staff, never personal data.
 */
export async function publicRanking(lang: Lang, municipalityCode: string | undefined) {
  const municipalities = await publicMunicipalities(lang);
  const chosen = municipalities.find((m) => m.code === municipalityCode) ?? municipalities[0] ?? null;
  if (!chosen) return { municipalities, chosen: null, offices: [] };
  const [rows, services] = await Promise.all([
    municipalityRanking(db, chosen.id),
    db.licensingOffice.findMany({ where: { status: { in: ["ACTIVE", "SUSPENDED"] }, coverage: { some: { municipalityId: chosen.id } } }, select: { code: true, serviceTypes: true } }),
  ]);
  const serviceTypes = new Map(services.map((o) => [o.code, o.serviceTypes]));
  return {
    municipalities,
    chosen,
    offices: rows.map((r) => ({
      code: r.code,
      name: localName(lang, r),
      status: r.status,
      suspendedUntil: r.suspendedUntil,
      serviceTypes: serviceTypes.get(r.code) ?? [],
      rank: r.rank,
      score: r.score,
      decided: r.decided,
      medianHours: r.medianHours,
      ratingAverage: r.ratingAverage,
      ratingCount: r.ratingCount,
    })),
  };
}
