/**
 * The actor's one statement (decision 050) against what Prisma's `include` returns for the same account: every
 * seeded account, then the cases that take a role away — a suspended office, a membership or a center or a company
 * switched off — inside a transaction that is rolled back.
 */
import { describe, expect, it } from "vitest";
import { actorRow, loadActor } from "@/lib/auth/load-actor";
import { db, type DbOrTx } from "@/lib/db";

/** The same account read the way loadActor read it before: one statement per relation. */
async function throughInclude(tx: DbOrTx, userId: string) {
  const u = await tx.user.findUnique({
    where: { id: userId },
    include: {
      staffAssignments: { orderBy: { id: "asc" } },
      officeMembers: { where: { active: true }, orderBy: { id: "asc" }, include: { office: { select: { status: true, suspendedUntil: true } } } },
      medicalCenters: { where: { active: true, center: { active: true } }, orderBy: { id: "asc" }, select: { centerId: true } },
      utilityMemberships: { where: { active: true, company: { active: true } }, select: { companyId: true } },
    },
  });
  if (!u) return null;
  return {
    id: u.id,
    nationalId: u.nationalId,
    username: u.username,
    nameAr: u.nameAr,
    nameEn: u.nameEn,
    mobile: u.mobile,
    preferredLocale: u.preferredLocale,
    active: u.active,
    sessionVersion: u.sessionVersion,
    mustChangePassword: u.mustChangePassword,
    totpEnabledAt: u.totpEnabledAt,
    staffAssignments: u.staffAssignments.map((a) => ({ role: a.role, amanahId: a.amanahId, municipalityId: a.municipalityId })),
    officeMembers: u.officeMembers.map((m) => ({ officeId: m.officeId, role: m.role, status: m.office.status, suspendedUntil: m.office.suspendedUntil?.getTime() ?? null })),
    medicalCenterId: u.medicalCenters[0]?.centerId ?? null,
    utilityMember: u.utilityMemberships.length > 0,
  };
}

async function oneStatement(tx: DbOrTx, userId: string) {
  const row = await actorRow(tx, userId);
  if (!row) return null;
  const officeMembers = row.officeMembers.map((m) => ({ ...m, suspendedUntil: m.suspendedUntil ? new Date(m.suspendedUntil).getTime() : null }));
  return { ...row, officeMembers };
}

class Rollback extends Error {}

describe("the actor in one statement", () => {
  it("reads every seeded account exactly as the per-relation include did", async () => {
    const users = await db.user.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    expect(users.length).toBeGreaterThan(10);
    const kinds = new Set<string>();
    for (const { id } of users) {
      const expected = await throughInclude(db, id);
      expect(await oneStatement(db, id), id).toEqual(expected);
      // The actor carries the national ID it was read with (pages read it from there instead of asking again).
      if (expected!.active) expect((await loadActor(db, id))?.nationalId, id).toBe(expected!.nationalId);
      if (expected!.staffAssignments.length) kinds.add("staff");
      if (expected!.officeMembers.length) kinds.add("office");
      if (expected!.medicalCenterId) kinds.add("medical");
      if (expected!.utilityMember) kinds.add("utility");
      if (expected!.nationalId) kinds.add("citizen");
    }
    // The seed covers every kind of role, so the comparison above is not only of empty lists.
    expect([...kinds].sort()).toEqual(["citizen", "medical", "office", "staff", "utility"]);
    expect(await actorRow(db, "no-such-user")).toBeNull();
  });

  it("follows a suspended office, a membership, a medical center and a company switched off", async () => {
    const manager = await db.officeMember.findFirstOrThrow({ where: { role: "MANAGER", active: true, office: { status: "ACTIVE" } } });
    const examiner = await db.medicalCenterMember.findFirstOrThrow({ where: { active: true, center: { active: true } } });
    const employee = await db.utilityCompanyMember.findFirstOrThrow({ where: { active: true, company: { active: true } } });
    const until = new Date("2027-03-01T09:30:00.123Z");
    await expect(
      db.$transaction(async (tx) => {
        await tx.licensingOffice.update({ where: { id: manager.officeId }, data: { status: "SUSPENDED", suspendedUntil: until } });
        await tx.medicalCenter.update({ where: { id: examiner.centerId }, data: { active: false } });
        await tx.utilityCompanyMember.update({ where: { id: employee.id }, data: { active: false } });
        for (const userId of [manager.userId, examiner.userId, employee.userId]) expect(await oneStatement(tx, userId)).toEqual(await throughInclude(tx, userId));

        const suspended = await loadActor(tx, manager.userId);
        expect(suspended?.officeId).toBeNull();
        expect(suspended?.officeBlock).toEqual({ officeId: manager.officeId, status: "SUSPENDED", until, roles: ["OFFICE_MANAGER"] });
        expect((await loadActor(tx, examiner.userId))?.roles).not.toContain("MEDICAL_EXAMINER");
        expect((await loadActor(tx, employee.userId))?.roles).not.toContain("ELECTRICITY_EMPLOYEE");

        await tx.officeMember.update({ where: { id: manager.id }, data: { active: false } });
        expect(await oneStatement(tx, manager.userId)).toEqual(await throughInclude(tx, manager.userId));
        expect((await loadActor(tx, manager.userId))?.officeBlock).toBeNull();
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    // Rolled back: the office is active again and its manager acts for it.
    expect((await loadActor(db, manager.userId))?.officeId).toBe(manager.officeId);
  });
});
