import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { readableFile } from "@/lib/domain/files/access";
import { officeAccept, officeTake } from "@/lib/domain/licensing/commands/office-review";
import { approveAccreditation, rejectAccreditation } from "@/lib/domain/offices/commands/decide-accreditation";
import { applyAccreditation } from "@/lib/domain/offices/commands/apply-accreditation";
import { answerOfficeFeedback, fileOfficeFeedback } from "@/lib/domain/offices/commands/feedback";
import { addOfficeMember, removeOfficeMember, verifyOfficeMember } from "@/lib/domain/offices/commands/manage-staff";
import { acceptOfficeInvitation } from "@/lib/domain/offices/commands/invitations";
import { recordAttendance, registerAttendees } from "@/lib/domain/offices/commands/training";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { AppError } from "@/lib/errors";
import { createApplication } from "@/tests/factories/licensing";

async function actorOf(where: { username?: string; nationalId?: string }): Promise<Actor> {
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
const CITIZEN = withCheckDigit("108765432");

describe("enforcement in moveApplication", () => {
  it("an office without an active verified health specialist cannot take or act on health applications", async () => {
    const agent = await actorOf({ username: "najah.agent1" });
    const health = await createApplication(db, { status: "SUBMITTED", health: true, officeCode: "OFF-NAJAH", municipalityCode: "EP-KHB" });
    const commercial = await createApplication(db, { status: "SUBMITTED", officeCode: "OFF-NAJAH", municipalityCode: "EP-KHB" });
    // The office's only specialist loses the verification.
    await db.officeMember.updateMany({ where: { office: { code: "OFF-NAJAH" }, role: "HEALTH_SPECIALIST" }, data: { verifiedAt: null } });
    const e = await errorOf(officeTake.execute(agent, { applicationId: health.id }));
    expect(e.code).toBe("FORBIDDEN");
    expect(e.messageKey).toBe("supervision:errors.noVerifiedHealthSpecialist");
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: health.id } })).status).toBe("SUBMITTED");
    // A commercial application is unaffected.
    await officeTake.execute(agent, { applicationId: commercial.id });
    // Verified again: the health application can be taken.
    await db.officeMember.updateMany({ where: { office: { code: "OFF-NAJAH" }, role: "HEALTH_SPECIALIST" }, data: { verifiedAt: new Date() } });
    await officeTake.execute(agent, { applicationId: health.id });
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: health.id } })).status).toBe("OFFICE_REVIEW");
  });

  it("an agent without the licensing-basics certificate cannot accept, a trained one can", async () => {
    const app = await createApplication(db, { status: "OFFICE_REVIEW", officeCode: "OFF-NAKHLA", municipalityCode: "AHS-HOF" });
    const trained = await actorOf({ username: "nakhla.agent1" });
    const untrained = await actorOf({ username: "nakhla.agent2" });
    await db.workshopAttendance.deleteMany({ where: { member: { user: { username: "nakhla.agent2" } } } });
    const e = await errorOf(officeAccept.execute(untrained, { applicationId: app.id }));
    expect(e.messageKey).toBe("supervision:errors.agentNotTrained");
    await officeAccept.execute(trained, { applicationId: app.id });
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("FIELD_INSPECTION");
  });
});

describe("accreditation", () => {
  it("a citizen applies, the committee approves: contract with clauses, coverage, office active, staff get roles", async () => {
    const applicant = await actorOf({ nationalId: withCheckDigit("212345678") });
    const committee = await actorOf({ username: "staff.committee" });
    const qatif = await db.municipality.findFirstOrThrow({ where: { code: "EP-QTF" } });
    const specialistId = withCheckDigit("109977665"); // a national ID no seed uses (the kiosk demo people are 10998877…)
    const input = {
      commercialRegNo: "2053099881",
      nameAr: "مكتب الريادة للخدمات الإلكترونية",
      nameEn: "Riyada E-Services Office",
      phone: "0138551234",
      municipalityIds: [qatif.id],
      serviceTypes: ["COMMERCIAL", "HEALTH"],
      managerIsAgent: true,
      staff: [{ nationalId: specialistId, nameAr: "د. سلمى الفرج", mobile: "0551230000", role: "HEALTH_SPECIALIST", qualificationNo: "bad" }],
    };
    const bad = await errorOf(applyAccreditation.execute(applicant, input));
    expect(bad.fieldErrors?.["staff.0.qualificationNo"]).toBe("supervision:errors.scfhsFormat");
    const noSpecialist = await errorOf(applyAccreditation.execute(applicant, { ...input, staff: [] }));
    expect(noSpecialist.fieldErrors?.staff).toBe("supervision:errors.healthNeedsSpecialist");

    const ok = await applyAccreditation.execute(applicant, { ...input, staff: [{ ...input.staff[0], qualificationNo: "SCFHS-20-R-0012345" }] });
    let office = await db.licensingOffice.findUniqueOrThrow({ where: { code: ok.officeCode }, include: { members: true } });
    expect(office.status).toBe("PENDING");
    // The listed specialist is invited (no account is created for them); they join when they accept.
    expect(office.members.map((m) => m.role).sort()).toEqual(["AGENT", "MANAGER"]);
    expect(await db.user.findUnique({ where: { nationalId: specialistId } })).toBeNull();
    expect(await db.outboxMessage.count({ where: { to: "966551230000", template: "officeInvitation" } })).toBe(1);
    const specialistUser = await db.user.create({ data: { nationalId: specialistId, nameAr: "د. سلمى الفرج", nameEn: "Dr. Salma", mobile: "966551230000", passwordHash: "x" } });
    const invitation = await db.officeInvitation.findFirstOrThrow({ where: { accreditationId: ok.requestId } });
    await acceptOfficeInvitation.execute(await actorOf({ nationalId: specialistId }), { invitationId: invitation.id });
    office = await db.licensingOffice.findUniqueOrThrow({ where: { code: ok.officeCode }, include: { members: true } });
    expect(office.members.map((m) => m.role).sort()).toEqual(["AGENT", "HEALTH_SPECIALIST", "MANAGER"]);
    expect(office.members.find((m) => m.role === "HEALTH_SPECIALIST")?.userId).toBe(specialistUser.id);
    // Not yet accredited: no office role.
    expect((await loadActor(db, applicant.userId))?.roles).not.toContain("OFFICE_MANAGER");

    // Other roles are refused; a committee member of another Amanah does not find it.
    expect((await errorOf(approveAccreditation.execute(applicant, {}))).code).toBe("FORBIDDEN");
    const other = { ...committee, amanahIds: ["nope"] };
    const approve = { requestId: ok.requestId, startsOn: "2026-12-01", endsOn: "2028-11-30", municipalityIds: [qatif.id], serviceTypes: ["COMMERCIAL", "HEALTH"], maxMedianHours: 72, maxSlaBreachPercent: 10, maxReturnPercent: 25, spotCheckPercent: 10, clauseSet: "PROBATION" };
    expect((await errorOf(approveAccreditation.execute(other, approve))).code).toBe("NOT_FOUND");

    const res = await approveAccreditation.execute(committee, approve);
    const contract = await db.officeContract.findUniqueOrThrow({ where: { number: res.contractNumber }, include: { clauses: true } });
    expect(contract.clauses.find((c) => c.trigger === "SPOT_CHECK_FINDING" && c.occurrence === 2)?.kind).toBe("SUSPENSION");
    expect((await db.licensingOffice.findUniqueOrThrow({ where: { id: office.id } })).status).toBe("ACTIVE");
    expect(await db.officeCoverage.count({ where: { officeId: office.id } })).toBe(1);
    expect((await loadActor(db, applicant.userId))?.roles).toContain("OFFICE_MANAGER");
    expect((await errorOf(approveAccreditation.execute(committee, approve))).messageKey).toBe("supervision:errors.alreadyDecided");
    expect(await db.auditLog.count({ where: { action: "offices.approveAccreditation", entityId: ok.requestId } })).toBe(1);

    // The committee verifies the specialist.
    const member = office.members.find((m) => m.role === "HEALTH_SPECIALIST")!;
    await verifyOfficeMember.execute(committee, { memberId: member.id });
    expect((await db.officeMember.findUniqueOrThrow({ where: { id: member.id } })).verifiedById).toBe(committee.userId);
  });

  it("accreditation documents are readable by the applicant and the committee of that Amanah only", async () => {
    const applicant = await actorOf({ nationalId: CITIZEN });
    const committee = await actorOf({ username: "staff.committee" });
    const dammam = await db.municipality.findFirstOrThrow({ where: { code: "EP-DMM-C" } });
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "cr.pdf", { type: "application/pdf" });
    const ok = await applyAccreditation.execute(applicant, {
      commercialRegNo: "2050066321",
      nameAr: "مكتب البيان للخدمات الإلكترونية",
      nameEn: "Bayan E-Services Office",
      phone: "0138334455",
      municipalityIds: [dammam.id],
      serviceTypes: ["COMMERCIAL"],
      managerIsAgent: true,
      staff: [],
      documents: [pdf],
    });
    const file = await db.storedFile.findFirstOrThrow({ where: { accreditationId: ok.requestId } });
    expect(file.purpose).toBe("ACCREDITATION");
    expect(await readableFile(applicant, file.id)).toMatchObject({ id: file.id, mime: "application/pdf" });
    expect(await readableFile(committee, file.id)).toMatchObject({ id: file.id });
    // A committee member of another Amanah, another citizen, an office manager: nothing.
    expect(await readableFile({ ...committee, amanahIds: ["nope"] }, file.id)).toBeNull();
    expect(await readableFile(await actorOf({ nationalId: withCheckDigit("212345678") }), file.id)).toBeNull();
    expect(await readableFile(await actorOf({ username: "office.manager" }), file.id)).toBeNull();
    expect(await readableFile(await actorOf({ username: "staff.reviewer" }), file.id)).toBeNull();
  });

  it("the committee rejects with reasons; the seeded pending request of OFF-AFAQ", async () => {
    const committee = await actorOf({ username: "staff.committee" });
    const req = await db.accreditationRequest.findFirstOrThrow({ where: { office: { code: "OFF-AFAQ" }, status: "SUBMITTED" } });
    expect((await errorOf(rejectAccreditation.execute(committee, { requestId: req.id, reason: "قصير" }))).code).toBe("VALIDATION");
    await rejectAccreditation.execute(committee, { requestId: req.id, reason: "عقد المقر منتهٍ ولا يوجد مراقب فني مؤهل في الفريق." });
    const after = await db.accreditationRequest.findUniqueOrThrow({ where: { id: req.id } });
    expect(after.status).toBe("REJECTED");
    expect((await db.licensingOffice.findUniqueOrThrow({ where: { id: req.officeId } })).status).toBe("PENDING");
  });
});

describe("staff, training and feedback", () => {
  it("the manager adds and removes staff of their own office only, never the last manager", async () => {
    const manager = await actorOf({ username: "office.manager" });
    const id = withCheckDigit("109911223");
    const invited = await addOfficeMember.execute(manager, { nationalId: id, nameAr: "سامي الحربي", mobile: "0559990000", role: "AGENT" });
    await db.user.create({ data: { nationalId: id, nameAr: "سامي الحربي", nameEn: "Sami", mobile: "966559990000", passwordHash: "x" } });
    const added = await acceptOfficeInvitation.execute(await actorOf({ nationalId: id }), { invitationId: invited.invitationId });
    expect((await errorOf(addOfficeMember.execute(manager, { nationalId: id, nameAr: "سامي الحربي", mobile: "0559990000", role: "AGENT" }))).fieldErrors?.nationalId).toBe("supervision:errors.alreadyMember");
    const najahManager = await actorOf({ username: "najah.manager" });
    expect((await errorOf(removeOfficeMember.execute(najahManager, { memberId: added.memberId }))).code).toBe("NOT_FOUND");
    await removeOfficeMember.execute(manager, { memberId: added.memberId });
    expect((await db.officeMember.findUniqueOrThrow({ where: { id: added.memberId } })).removedAt).not.toBeNull();
    const me = await db.officeMember.findFirstOrThrow({ where: { userId: manager.userId, role: "MANAGER" } });
    expect((await errorOf(removeOfficeMember.execute(manager, { memberId: me.id }))).messageKey).toBe("supervision:errors.lastManager");
  });

  it("registering and recording attendance issues a certificate once", async () => {
    const committee = await actorOf({ username: "staff.committee" });
    const workshop = await db.workshop.findFirstOrThrow({ where: { topic: "LICENSING_BASICS" } });
    const member = await db.officeMember.findFirstOrThrow({ where: { user: { username: "office.health" } } });
    await registerAttendees.execute(committee, { workshopId: workshop.id, memberIds: [member.id] });
    const r = await recordAttendance.execute(committee, { workshopId: workshop.id, attendedMemberIds: [member.id] });
    expect(r.certified).toBe(1);
    const a = await db.workshopAttendance.findFirstOrThrow({ where: { workshopId: workshop.id, memberId: member.id } });
    expect(a.certificateNo).toMatch(/^TC\d{7}$/);
    const again = await recordAttendance.execute(committee, { workshopId: workshop.id, attendedMemberIds: [member.id] });
    expect(again.certified).toBe(0);
  });

  it("a citizen's complaint is answered by the committee and the citizen told by SMS", async () => {
    const citizen = await actorOf({ nationalId: CITIZEN });
    const committee = await actorOf({ username: "staff.committee" });
    const najah = await db.licensingOffice.findUniqueOrThrow({ where: { code: "OFF-NAJAH" } });
    expect((await errorOf(fileOfficeFeedback.execute(citizen, { kind: "COMPLAINT", subject: "تأخير", body: "تأخر المكتب كثيرًا في طلبي." }))).fieldErrors?.officeId).toBe("supervision:errors.chooseOffice");
    const f = await fileOfficeFeedback.execute(citizen, { officeId: najah.id, kind: "COMPLAINT", subject: "تأخير", body: "تأخر المكتب كثيرًا في طلبي." });
    expect((await errorOf(answerOfficeFeedback.execute(citizen, { feedbackId: f.feedbackId, answer: "رد طويل بما يكفي" }))).code).toBe("FORBIDDEN");
    await answerOfficeFeedback.execute(committee, { feedbackId: f.feedbackId, answer: "تمت مخاطبة المكتب لمعالجة طلبكم." });
    expect((await db.officeFeedback.findUniqueOrThrow({ where: { id: f.feedbackId } })).status).toBe("ANSWERED");
    expect(await db.outboxMessage.count({ where: { to: citizen.mobile, template: "officeFeedbackAnswered" } })).toBe(1);
  });
});
