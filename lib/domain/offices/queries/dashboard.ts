import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { CONTRACT_ENDING_SOON_DAYS, DAY_MS } from "@/lib/domain/offices/rules";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";

type Named = { nameAr: string; nameEn: string };
export type CommitteeDashboardDTO = {
  counts: { PENDING: number; ACTIVE: number; SUSPENDED: number; REVOKED: number };
  pendingAccreditations: number;
  pendingAppeals: number;
  penaltiesThisMonth: number;
  openFeedback: number;
  endingSoon: { number: string; endsAt: Date; office: Named & { code: string } }[];
  offices: (Named & { code: string; status: string; suspendedUntil: Date | null })[];
  upcomingWorkshops: { id: string; titleAr: string; titleEn: string; startsAt: Date }[];
};

/** The committee's overview: every figure scoped to the offices of its Amanahs (workshops are for all offices). */
export async function committeeDashboard(actor: Actor, now = new Date()): Promise<CommitteeDashboardDTO> {
  const scope = committeeOfficeScope(actor);
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const [byStatus, pendingAccreditations, endingSoon, pendingAppeals, penaltiesThisMonth, openFeedback, upcomingWorkshops, offices] = await Promise.all([
    db.licensingOffice.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.accreditationRequest.count({ where: { status: "SUBMITTED", office: scope } }),
    db.officeContract.findMany({
      where: { status: "ACTIVE", endsAt: { gte: now, lte: new Date(now.getTime() + CONTRACT_ENDING_SOON_DAYS * DAY_MS) }, office: scope },
      select: { number: true, endsAt: true, office: { select: { code: true, nameAr: true, nameEn: true } } },
      orderBy: { endsAt: "asc" },
      take: 10,
    }),
    db.penaltyAppeal.count({ where: { status: "PENDING", penalty: { office: scope } } }),
    db.officePenalty.count({ where: { proposedAt: { gte: monthStart }, office: scope } }),
    db.officeFeedback.count({ where: { status: "OPEN", OR: [{ officeId: null }, { office: scope }] } }),
    db.workshop.findMany({ where: { startsAt: { gte: now } }, orderBy: { startsAt: "asc" }, take: 3, select: { id: true, titleAr: true, titleEn: true, startsAt: true } }),
    db.licensingOffice.findMany({
      where: scope,
      select: { code: true, nameAr: true, nameEn: true, status: true, suspendedUntil: true },
      orderBy: [{ status: "asc" }, { code: "asc" }],
    }),
  ]);
  const counts = Object.fromEntries(byStatus.map((b) => [b.status, b._count._all])) as Record<string, number>;
  return {
    counts: { PENDING: counts.PENDING ?? 0, ACTIVE: counts.ACTIVE ?? 0, SUSPENDED: counts.SUSPENDED ?? 0, REVOKED: counts.REVOKED ?? 0 },
    pendingAccreditations,
    pendingAppeals,
    penaltiesThisMonth,
    openFeedback,
    endingSoon,
    offices,
    upcomingWorkshops,
  };
}
