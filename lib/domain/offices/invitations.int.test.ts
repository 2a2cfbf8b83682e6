/**
 * Issue 11: nobody gets an account, a role or a password from what someone else typed. Office staff are
 * INVITED; the invited person accepts with their own verified national ID (docs/decisions/010-demo-data-and-invitations.md).
 * Plus the conflict-of-interest rules: no processing of one's own application, no manager as the office's
 * own inspector, no rating of one's own office. Each of these would have passed on the code before issue 11.
 */
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { officeTake } from "@/lib/domain/licensing/commands/office-review";
import { applyAccreditation } from "@/lib/domain/offices/commands/apply-accreditation";
import { rateOffice } from "@/lib/domain/offices/commands/citizen";
import { approveAccreditation } from "@/lib/domain/offices/commands/decide-accreditation";
import { acceptOfficeInvitation, declineOfficeInvitation, revokeOfficeInvitation } from "@/lib/domain/offices/commands/invitations";
import { addOfficeMember } from "@/lib/domain/offices/commands/manage-staff";
import { invitationByToken, myInvitations } from "@/lib/domain/offices/queries/invitations";
import { hashInvitationToken, incompatibleRoles } from "@/lib/domain/offices/staff";
import { unsealParams } from "@/lib/domain/notifications/seal";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { AppError } from "@/lib/errors";
import { createApplication } from "@/tests/factories/licensing";

async function actorOf(where: { username?: string; nationalId?: string; id?: string }): Promise<Actor> {
  const user = await db.user.findFirstOrThrow({ where });
  const actor = await loadActor(db, user.id);
  if (!actor) throw new Error("no actor");
  return actor;
}
async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}
let n = 0;
async function citizen(nationalId: string, mobile = `96654${7_100_000 + n++}`) {
  const u = await db.user.create({ data: { nationalId, nameAr: `مواطن ${nationalId}`, nameEn: `Citizen ${nationalId}`, mobile, passwordHash: "own-password-hash" } });
  return actorOf({ id: u.id });
}
/** The link an invitation SMS carried (sealed in the outbox until sent): its token. */
async function tokenSentTo(mobile: string): Promise<string> {
  const msg = await db.outboxMessage.findFirstOrThrow({ where: { to: mobile, template: "officeInvitation" }, orderBy: { createdAt: "desc" } });
  expect(msg.sealedParams).toBeTruthy();
  const link = String(unsealParams(msg.sealedParams!).link);
  return decodeURIComponent(link.split("/my/invitations/")[1]!);
}

describe("a takeover attempt through office accreditation is refused", () => {
  it("listing someone else's national ID with the attacker's mobile creates no account, no membership, texts no password", async () => {
    const attacker = await citizen(withCheckDigit("110777001"), "966547000001");
    const victimId = withCheckDigit("110777002"); // has no account yet
    const existingVictim = await citizen(withCheckDigit("110777003"), "966547000003");
    const before = await db.user.findUniqueOrThrow({ where: { id: existingVictim.userId } });
    const qatif = await db.municipality.findFirstOrThrow({ where: { code: "EP-QTF" } });
    const input = {
      commercialRegNo: "2053011001",
      nameAr: "مكتب الاختبار للاستيلاء",
      nameEn: "Takeover Test Office",
      phone: "0138551000",
      municipalityIds: [qatif.id],
      serviceTypes: ["COMMERCIAL", "HEALTH"],
      managerIsAgent: true,
      staff: [
        { nationalId: victimId, nameAr: "ضحية بلا حساب", mobile: attacker.mobile, role: "HEALTH_SPECIALIST", qualificationNo: "SCFHS-20-R-0012345" },
        { nationalId: existingVictim.label, nameAr: "ضحية لها حساب", mobile: attacker.mobile, role: "AGENT" },
      ],
    };
    const ok = await applyAccreditation.execute(attacker, input);

    // No account was created for the typed national ID; the existing account is untouched.
    expect(await db.user.findUnique({ where: { nationalId: victimId } })).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: existingVictim.userId } });
    expect([after.passwordHash, after.mobile, after.active]).toEqual([before.passwordHash, before.mobile, before.active]);
    // Nobody listed is a member; only the applicant.
    const office = await db.licensingOffice.findUniqueOrThrow({ where: { code: ok.officeCode }, include: { members: true } });
    expect(office.members.map((m) => [m.userId, m.role]).sort()).toEqual([[attacker.userId, "AGENT"], [attacker.userId, "MANAGER"]].sort());
    // Two invitations; the token exists only as a SHA-256 hash; the SMS carries a link, never a password.
    const invitations = await db.officeInvitation.findMany({ where: { accreditationId: ok.requestId } });
    expect(invitations.map((i) => i.status)).toEqual(["PENDING", "PENDING"]);
    for (const i of invitations) expect(i.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const sms = await db.outboxMessage.findMany({ where: { to: attacker.mobile, template: { in: ["officeInvitation", "officeStaffAccount"] } } });
    expect(sms.map((m) => m.template)).toEqual(["officeInvitation", "officeInvitation"]);
    for (const m of sms) {
      expect(m.body).not.toMatch(/password|كلمة المرور/i);
      expect(JSON.stringify(m.params)).not.toMatch(/password/i);
    }
    const token = await tokenSentTo(attacker.mobile);
    expect(invitations.map((i) => i.tokenHash)).toContain(hashInvitationToken(token));
    expect(JSON.stringify(await db.officeInvitation.findMany())).not.toContain(token);

    // The attacker holds the link but is not the invited person: nothing is shown or accepted.
    expect((await invitationByToken(attacker, token)).kind).toBe("notYou");
    expect(await myInvitations(attacker)).toEqual([]);
    for (const i of invitations) {
      const e = await errorOf(acceptOfficeInvitation.execute(attacker, { invitationId: i.id }));
      expect([e.code, e.messageKey]).toEqual(["NOT_FOUND", "supervision:invitations.errors.notFound"]);
    }
    // A staff account without a national ID cannot answer invitations at all.
    expect((await errorOf(acceptOfficeInvitation.execute(await actorOf({ username: "office.agent" }), { invitationId: invitations[0]!.id }))).code).toBe("FORBIDDEN");

    // The committee cannot accredit while listed people have not answered.
    const committee = await actorOf({ username: "staff.committee" });
    const approve = { requestId: ok.requestId, startsOn: "2026-12-01", endsOn: "2028-11-30", municipalityIds: [qatif.id], serviceTypes: ["COMMERCIAL", "HEALTH"], maxMedianHours: 72, maxSlaBreachPercent: 10, maxReturnPercent: 25, spotCheckPercent: 10, clauseSet: "PROBATION" };
    expect((await errorOf(approveAccreditation.execute(committee, approve))).messageKey).toBe("supervision:errors.invitationsPending");

    // The real person with the account sees their invitation and declines it; the other never answers… until
    // they get an account of their own (SSO) and accept with it.
    const mine = await myInvitations(existingVictim);
    expect(mine.map((i) => i.role)).toEqual(["AGENT"]);
    await declineOfficeInvitation.execute(existingVictim, { invitationId: mine[0]!.id });
    expect(await db.officeMember.count({ where: { userId: existingVictim.userId } })).toBe(0);
    const specialist = await citizen(victimId);
    const specialistInvitation = invitations.find((i) => i.nationalId === victimId)!;
    const tokenOwner = invitations.find((i) => i.tokenHash === hashInvitationToken(token))!;
    expect((await invitationByToken(specialist, token)).kind).toBe(tokenOwner.id === specialistInvitation.id ? "mine" : "notYou");
    await acceptOfficeInvitation.execute(specialist, { invitationId: specialistInvitation.id });
    const member = await db.officeMember.findFirstOrThrow({ where: { userId: specialist.userId, officeId: office.id } });
    expect([member.role, member.qualificationNo, member.verifiedAt]).toEqual(["HEALTH_SPECIALIST", "SCFHS-20-R-0012345", null]);
    expect((await errorOf(acceptOfficeInvitation.execute(specialist, { invitationId: specialistInvitation.id }))).messageKey).toBe("supervision:invitations.errors.answered");

    // Everybody answered: approved; the specialist's role is real now, the decliner has none.
    await approveAccreditation.execute(committee, approve);
    expect((await loadActor(db, specialist.userId))?.roles).toContain("OFFICE_HEALTH_SPECIALIST");
    expect((await loadActor(db, existingVictim.userId))?.roles).toEqual(["CITIZEN"]);
  });
});

describe("the manager invites staff; the invited person activates", () => {
  it("no account from the manager's input; accepted only by the same national ID, before expiry; revocable", async () => {
    const manager = await actorOf({ username: "office.manager" });
    const id = withCheckDigit("109911777");
    const r = await addOfficeMember.execute(manager, { nationalId: id, nameAr: "سامي الحربي", mobile: "0559990777", role: "AGENT" });
    expect(await db.user.findUnique({ where: { nationalId: id } })).toBeNull();
    expect((await errorOf(addOfficeMember.execute(manager, { nationalId: id, nameAr: "سامي الحربي", mobile: "0559990777", role: "AGENT" }))).fieldErrors?.nationalId).toBe("supervision:errors.alreadyInvited");
    const token = await tokenSentTo("966559990777");

    const someoneElse = await citizen(withCheckDigit("109911778"));
    expect((await errorOf(acceptOfficeInvitation.execute(someoneElse, { invitationId: r.invitationId }))).code).toBe("NOT_FOUND");
    const invited = await citizen(id);
    const link = await invitationByToken(invited, token);
    expect(link.kind).toBe("mine");
    expect(link.kind === "mine" && link.invitation.role).toBe("AGENT");
    expect((await invitationByToken(invited, "not-a-real-token-at-all-000000")).kind).toBe("notFound");

    // Expired: refused.
    await db.officeInvitation.update({ where: { id: r.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await errorOf(acceptOfficeInvitation.execute(invited, { invitationId: r.invitationId }))).messageKey).toBe("supervision:invitations.errors.expired");
    await db.officeInvitation.update({ where: { id: r.invitationId }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });
    const accepted = await acceptOfficeInvitation.execute(invited, { invitationId: r.invitationId });
    expect((await loadActor(db, invited.userId))?.roles).toContain("OFFICE_AGENT");
    expect(accepted.officeActive).toBe(true);
    expect(await db.outboxMessage.count({ where: { template: "officeInvitationAccepted", to: manager.mobile } })).toBeGreaterThanOrEqual(1);

    // A pending invitation the manager withdraws cannot be accepted any more.
    const other = await addOfficeMember.execute(manager, { nationalId: withCheckDigit("109911779"), nameAr: "مدعو آخر", mobile: "0559990779", role: "AGENT" });
    await revokeOfficeInvitation.execute(manager, { invitationId: other.invitationId });
    const late = await citizen(withCheckDigit("109911779"));
    expect((await errorOf(acceptOfficeInvitation.execute(late, { invitationId: other.invitationId }))).messageKey).toBe("supervision:invitations.errors.answered");
    // Another office's manager cannot withdraw it.
    expect((await errorOf(revokeOfficeInvitation.execute(await actorOf({ username: "najah.manager" }), { invitationId: r.invitationId }))).code).toBe("NOT_FOUND");
  });

  it("a manager cannot make themselves the office's inspector (neither by inviting themselves nor by accepting)", async () => {
    // A manager with a citizen identity: a founder whose office was accredited.
    const founder = await citizen(withCheckDigit("110777010"));
    const dammam = await db.municipality.findFirstOrThrow({ where: { code: "EP-DMM-C" } });
    const ok = await applyAccreditation.execute(founder, { commercialRegNo: "2053011010", nameAr: "مكتب المدير المفتش", nameEn: "Manager Inspector Office", phone: "0138551010", municipalityIds: [dammam.id], serviceTypes: ["COMMERCIAL"], managerIsAgent: true, staff: [] });
    const committee = await actorOf({ username: "staff.committee" });
    await approveAccreditation.execute(committee, { requestId: ok.requestId, startsOn: "2026-12-01", endsOn: "2028-11-30", municipalityIds: [dammam.id], serviceTypes: ["COMMERCIAL"], maxMedianHours: 72, maxSlaBreachPercent: 10, maxReturnPercent: 25, spotCheckPercent: 10, clauseSet: "STANDARD" });
    const manager = await actorOf({ id: founder.userId });
    expect(manager.roles).toContain("OFFICE_MANAGER");

    const self = await errorOf(addOfficeMember.execute(manager, { nationalId: founder.label, nameAr: "أنا", mobile: founder.mobile, role: "TECH_INSPECTOR", qualificationNo: "SCE-128457" }));
    expect(self.fieldErrors?.nationalId).toBe("supervision:errors.cannotInviteSelf");
    expect(await db.officeMember.count({ where: { userId: founder.userId, role: "TECH_INSPECTOR" } })).toBe(0);

    // Even an invitation made some other way is refused on acceptance.
    const office = await db.licensingOffice.findUniqueOrThrow({ where: { code: ok.officeCode } });
    const inv = await db.officeInvitation.create({
      data: { officeId: office.id, nationalId: founder.label, nameAr: "أنا", mobile: founder.mobile, role: "TECH_INSPECTOR", qualificationNo: "SCE-128457", tokenHash: hashInvitationToken(`t-${Date.now()}`), expiresAt: new Date(Date.now() + 86_400_000), invitedById: founder.userId },
    });
    const e = await errorOf(acceptOfficeInvitation.execute(manager, { invitationId: inv.id }));
    expect([e.code, e.messageKey]).toEqual(["FORBIDDEN", "supervision:errors.incompatibleRoles"]);
    expect(await db.officeMember.count({ where: { userId: founder.userId, role: "TECH_INSPECTOR" } })).toBe(0);
    expect([incompatibleRoles(["MANAGER"], "HEALTH_SPECIALIST"), incompatibleRoles(["TECH_INSPECTOR"], "MANAGER"), incompatibleRoles(["MANAGER"], "AGENT")]).toEqual([true, true, false]);
  });
});

describe("conflicts of interest", () => {
  it("office staff cannot process their own license application; a colleague can", async () => {
    const staffId = withCheckDigit("110777020");
    const staffer = await citizen(staffId);
    const injaz = await db.licensingOffice.findUniqueOrThrow({ where: { code: "OFF-INJAZ" } });
    await db.officeMember.create({ data: { officeId: injaz.id, userId: staffer.userId, role: "AGENT" } });
    const agent = await actorOf({ id: staffer.userId });
    expect(agent.roles).toContain("OFFICE_AGENT");
    const app = await createApplication(db, { status: "SUBMITTED", officeCode: "OFF-INJAZ", applicantNationalId: staffId });
    const e = await errorOf(officeTake.execute(agent, { applicationId: app.id }));
    expect([e.code, e.messageKey]).toEqual(["FORBIDDEN", "licensingOffice:errors.ownApplication"]);
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("SUBMITTED");
    await officeTake.execute(await actorOf({ username: "office.agent" }), { applicationId: app.id });
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("OFFICE_REVIEW");
  });

  it("nobody rates an office they work for", async () => {
    const staffId = withCheckDigit("110777030");
    const staffer = await citizen(staffId);
    const injaz = await db.licensingOffice.findUniqueOrThrow({ where: { code: "OFF-INJAZ" } });
    const app = await createApplication(db, { status: "ISSUED", officeCode: "OFF-INJAZ", applicantNationalId: staffId });
    await db.officeMember.create({ data: { officeId: injaz.id, userId: staffer.userId, role: "AGENT" } });
    const e = await errorOf(rateOffice.execute(await actorOf({ id: staffer.userId }), { applicationId: app.id, rating: 5 }));
    expect([e.code, e.messageKey]).toEqual(["FORBIDDEN", "penalties:errors.ownOffice"]);
    expect(await db.officeRating.count({ where: { applicationId: app.id } })).toBe(0);
  });
});
