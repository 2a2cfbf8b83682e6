import "server-only";
import { municipalityScope } from "@/lib/auth/scope";
import { startOfRiyadhDay } from "@/lib/kernel/riyadh-days";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

export type StaffDashboardDTO = {
  scope: string[];
  activeOffices: number;
  pendingOffices: number;
  citizens: number;
  eservices: number;
  outboxPending: number;
  outboxDead: number;
  auditToday: number;
};

/** Decision figures for municipality staff, limited to the municipalities they serve. */
export async function getStaffDashboard(actor: Actor, lang: Lang): Promise<StaffDashboardDTO> {
  const municipalities = await db.municipality.findMany({ where: municipalityScope(actor), select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } });
  const ids = municipalities.map((m) => m.id);
  const officeInScope = { coverage: { some: { municipalityId: { in: ids } } } };
  const startOfToday = startOfRiyadhDay(new Date());

  const [activeOffices, pendingOffices, citizens, eservices, outboxPending, outboxDead, auditToday] = await Promise.all([
    db.licensingOffice.count({ where: { ...officeInScope, status: "ACTIVE" } }),
    db.licensingOffice.count({ where: { ...officeInScope, status: "PENDING" } }),
    db.user.count({ where: { nationalId: { not: null } } }),
    db.eService.count({ where: { active: true } }),
    db.outboxMessage.count({ where: { status: { in: ["PENDING", "SENDING"] } } }),
    db.outboxMessage.count({ where: { status: "DEAD" } }),
    db.auditLog.count({ where: { at: { gte: startOfToday }, OR: [{ municipalityId: null }, { municipalityId: { in: ids } }] } }),
  ]);
  return {
    scope: municipalities.map((m) => (localName(lang, m))),
    activeOffices,
    pendingOffices,
    citizens,
    eservices,
    outboxPending,
    outboxDead,
    auditToday,
  };
}
