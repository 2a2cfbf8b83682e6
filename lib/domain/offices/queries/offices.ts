import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorAllows } from "@/lib/auth/office-block";
import { db } from "@/lib/db";
import type { ServiceTypeCode } from "@/lib/domain/offices/clause-set";
import { mayRemoveMember, mayVerifyMember, needsTraining, SCORECARD_DAYS, type MemberTraining } from "@/lib/domain/offices/rules";
import { computeScorecards, lastDays, type Scorecard } from "@/lib/domain/offices/scorecard";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";
import { AppError } from "@/lib/errors";
import type { OfficeRole, OfficeStatus, PenaltyKind, PenaltyStatus, PenaltyTrigger, SpotCheckStatus } from "@/lib/generated/prisma/enums";

/** One office and its team: the committee's page of an office, and the manager's team page. */
type Named = { nameAr: string; nameEn: string };

export type MemberDTO = Named & {
  id: string;
  role: OfficeRole;
  login: string;
  qualificationNo: string | null;
  verifiedAt: Date | null;
  active: boolean;
  removedAt: Date | null;
  training: MemberTraining[];
  /** An agent without a valid LICENSING_BASICS certificate cannot accept applications (policies.ts). */
  needsTraining: boolean;
};

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
  role: OfficeRole;
  qualificationNo: string | null;
  verifiedAt: Date | null;
  active: boolean;
  removedAt: Date | null;
  user: { nameAr: string; nameEn: string; nationalId: string | null; username: string | null };
  attendances: { attended: boolean; certificateNo: string | null; certifiedAt: Date | null; workshop: { topic: string; startsAt: Date } }[];
};

function memberDto(m: MemberRow, now: Date): MemberDTO {
  const training = m.attendances.map((a) => ({ topic: a.workshop.topic, certificateNo: a.certificateNo, certifiedAt: a.certifiedAt, startsAt: a.workshop.startsAt, attended: a.attended }));
  return {
    id: m.id,
    role: m.role,
    nameAr: m.user.nameAr,
    nameEn: m.user.nameEn,
    login: m.user.nationalId ?? m.user.username ?? "",
    qualificationNo: m.qualificationNo,
    verifiedAt: m.verifiedAt,
    active: m.active,
    removedAt: m.removedAt,
    training,
    needsTraining: needsTraining({ role: m.role, training }, now),
  };
}

export type CommitteeOfficeDTO = Named & {
  code: string;
  commercialRegNo: string;
  phone: string;
  email: string | null;
  status: OfficeStatus;
  suspendedUntil: Date | null;
  serviceTypes: ServiceTypeCode[];
  coverage: Named[];
  members: (MemberDTO & { canVerify: boolean })[];
  contract: {
    number: string;
    status: string;
    startsAt: Date;
    endsAt: Date;
    maxMedianHours: number;
    maxSlaBreachPercent: number;
    maxReturnPercent: number;
    spotCheckPercent: number;
    clauses: { code: string; titleAr: string; titleEn: string; trigger: PenaltyTrigger; kind: PenaltyKind }[];
  } | null;
  penalties: { number: string; kind: PenaltyKind; status: PenaltyStatus; proposedAt: Date; reason: string }[];
  spotChecks: { id: string; status: SpotCheckStatus; createdAt: Date }[];
  scorecard: Scorecard | null;
};

/** The committee's page of one office (offices of its Amanahs only). */
export async function committeeOfficeDetail(actor: Actor, code: string, now = new Date()): Promise<CommitteeOfficeDTO | null> {
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
          clauses: { select: { code: true, titleAr: true, titleEn: true, trigger: true, kind: true }, orderBy: [{ trigger: "asc" }, { occurrence: "asc" }] },
        },
      },
      penalties: { orderBy: { proposedAt: "desc" }, take: 10, select: { number: true, kind: true, status: true, proposedAt: true, reason: true } },
      spotChecks: { orderBy: { createdAt: "desc" }, take: 10, select: { id: true, status: true, createdAt: true } },
    },
  });
  if (!o) return null;
  const [scorecard] = await computeScorecards(db, [o.id], lastDays(SCORECARD_DAYS));
  const canVerify = actorAllows(actor, "offices.committee");
  return {
    code: o.code,
    nameAr: o.nameAr,
    nameEn: o.nameEn,
    commercialRegNo: o.commercialRegNo,
    phone: o.phone,
    email: o.email,
    status: o.status,
    suspendedUntil: o.suspendedUntil,
    serviceTypes: o.serviceTypes,
    coverage: o.coverage.map((c) => c.municipality),
    members: o.members.map((m) => ({ ...memberDto(m, now), canVerify: canVerify && mayVerifyMember(m) })),
    contract: o.contracts[0] ?? null,
    penalties: o.penalties,
    spotChecks: o.spotChecks,
    scorecard: scorecard ?? null,
  };
}

export type TeamDTO = Named & {
  code: string;
  members: (MemberDTO & { registeredUpcoming: boolean; canRemove: boolean })[];
  /** The actor may add members and revoke invitations (the manager). */
  canManage: boolean;
};

/** The office manager's team, with qualifications and training (scope: the actor's own office). */
export async function myTeam(actor: Actor, now = new Date()): Promise<TeamDTO> {
  if (!actor.officeId) throw new AppError("FORBIDDEN");
  const [o, upcoming] = await Promise.all([
    db.licensingOffice.findUniqueOrThrow({
      where: { id: actor.officeId },
      select: { code: true, nameAr: true, nameEn: true, members: { select: memberSelect, orderBy: [{ active: "desc" }, { role: "asc" }, { createdAt: "asc" }] } },
    }),
    db.workshopAttendance.findMany({ where: { member: { officeId: actor.officeId }, workshop: { startsAt: { gte: now } } }, select: { memberId: true } }),
  ]);
  const registered = new Set(upcoming.map((u) => u.memberId));
  const canManage = actorAllows(actor, "offices.staff.manage");
  const managers = o.members.filter((m) => m.active && m.role === "MANAGER").length;
  return {
    code: o.code,
    nameAr: o.nameAr,
    nameEn: o.nameEn,
    canManage,
    members: o.members.map((m) => ({ ...memberDto(m, now), registeredUpcoming: registered.has(m.id), canRemove: canManage && mayRemoveMember(m, managers) })),
  };
}
