import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { eligibleOffices, type EligibleOffice } from "@/lib/domain/licensing/office-assignment";
import { mayRateOffice } from "@/lib/domain/offices/rules";

export type CitizenOfficePanel = {
  office: { code: string; nameAr: string; nameEn: string; status: string } | null;
  reassign: { offices: EligibleOffice[] } | null;
  rating: { canRate: boolean; given: number | null };
};

/**
 * What the citizen's application page shows about the office: the reassignment offer (the office is
 * suspended and the application was offered) with the eligible offices, and the rating form or the
 * rating given. Only the applicant's own application (applicantId in the where).
 */
export async function citizenOfficePanel(actor: Actor, applicationId: string): Promise<CitizenOfficePanel | null> {
  if (!rolesAllow(actor.roles, "licensing.mine")) return null;
  const app = await db.licenseApplication.findFirst({
    where: { id: applicationId, applicantId: actor.userId },
    select: { status: true, kind: true, municipalityId: true, reassignOfferedAt: true, office: { select: { id: true, code: true, nameAr: true, nameEn: true, status: true } }, rating: { select: { rating: true } } },
  });
  if (!app) return null;
  const suspended = !!app.office && (app.office.status === "SUSPENDED" || app.office.status === "REVOKED");
  const reassign =
    suspended && app.reassignOfferedAt && app.municipalityId && rolesAllow(actor.roles, "licensing.reassign")
      ? { offices: (await eligibleOffices(db, app.municipalityId, app.kind === "HEALTH")).filter((o) => o.id !== app.office!.id) }
      : null;
  const canRate = mayRateOffice({ status: app.status, hasOffice: !!app.office, rated: !!app.rating }) && rolesAllow(actor.roles, "licensing.rate");
  const { id: _id, ...office } = app.office ?? { id: "" };
  return { office: app.office ? (office as CitizenOfficePanel["office"]) : null, reassign, rating: { canRate, given: app.rating?.rating ?? null } };
}
