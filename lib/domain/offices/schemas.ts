/**
 * Zod schemas of office supervision (issue 6), shared by the forms and the commands.
 * Every preprocess is idempotent: the server parses again what the browser's resolver produced.
 */
import { z, zNationalId, zRequiredText, zSaudiMobile } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { zUpload } from "@/lib/kernel/uploads";
import { CLAUSE_SET_CODES } from "@/lib/domain/offices/clause-set";
import { FEEDBACK_KINDS, MAX_ACCREDITATION_DOCUMENTS, MAX_STAFF, SERVICE_TYPES, STAFF_ROLES_ADDABLE, WORKSHOP_TOPICS } from "@/lib/domain/offices/options";

// The choices and limits are in a module without zod, for the forms (decision 042).
export * from "@/lib/domain/offices/options";

const id = z.string().trim().min(1, { error: "validation:required" }).max(40);
const latin = (v: unknown) => (typeof v === "string" ? toLatinDigits(v).trim().toUpperCase() : v);

/** Saudi Commission for Health Specialties registration, e.g. SCFHS-19-R-0048213 (or its bare digits). */
export const SCFHS_PATTERN = /^(SCFHS-)?\d{2}-?[A-Z]-?\d{5,8}$/;
/** Saudi Council of Engineers membership, e.g. SCE-128457. */
export const SCE_PATTERN = /^(SCE-)?\d{5,8}$/;

/** The qualification a role requires: its pattern and the message when it does not match. */
export function qualificationRule(role: string): { pattern: RegExp; error: string } | null {
  if (role === "HEALTH_SPECIALIST") return { pattern: SCFHS_PATTERN, error: "supervision:errors.scfhsFormat" };
  if (role === "TECH_INSPECTOR") return { pattern: SCE_PATTERN, error: "supervision:errors.sceFormat" };
  return null;
}

const optionalText = (max: number) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max).optional());
const qualification = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : latin(v)), z.string().max(32).optional());

/** A staff member as the office lists them: the role's qualification number is required and checked. */
const staffShape = z.object({
  nationalId: zNationalId,
  nameAr: zRequiredText(120),
  nameEn: optionalText(120),
  mobile: zSaudiMobile,
  role: z.enum(STAFF_ROLES_ADDABLE, { error: "validation:required" }),
  qualificationNo: qualification,
});

function checkQualification(s: { role: string; qualificationNo?: string }, ctx: z.RefinementCtx, path: (string | number)[]) {
  const rule = qualificationRule(s.role);
  if (!rule) return;
  if (!s.qualificationNo) ctx.addIssue({ code: "custom", path: [...path, "qualificationNo"], message: "supervision:errors.qualificationRequired" });
  else if (!rule.pattern.test(s.qualificationNo)) ctx.addIssue({ code: "custom", path: [...path, "qualificationNo"], message: rule.error });
}

export const ZStaffMember = staffShape.superRefine((s, ctx) => checkQualification(s, ctx, []));
export type StaffMemberInput = z.input<typeof ZStaffMember>;

const crNumber = z.preprocess(latin, z.string().min(1, { error: "validation:required" }).regex(/^\d{10}$/, { error: "validation:crNumber" }));
const phone = z.preprocess(
  (v) => (typeof v === "string" ? toLatinDigits(v).replace(/[\s\-()+]/g, "").replace(/^00/, "").replace(/^0(?=[15])/, "966") : v),
  z.string().min(1, { error: "validation:required" }).regex(/^966[15]\d{8}$/, { error: "supervision:errors.phoneFormat" }),
);

const accreditationShape = {
  commercialRegNo: crNumber,
  nameAr: zRequiredText(160),
  nameEn: zRequiredText(160),
  phone,
  email: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.email({ error: "validation:email" }).max(120).optional()),
  municipalityIds: z.array(id).min(1, { error: "supervision:errors.chooseMunicipality" }).max(20),
  serviceTypes: z.array(z.enum(SERVICE_TYPES)).min(1, { error: "supervision:errors.chooseServiceType" }),
  /** The applicant (the manager) also works as an agent. */
  managerIsAgent: z.boolean().default(false),
  staff: z.array(ZStaffMember).max(MAX_STAFF),
  notes: optionalText(1000),
};

function refineAccreditation(v: { serviceTypes: string[]; managerIsAgent: boolean; staff: { role: string; nationalId: string }[] }, ctx: z.RefinementCtx) {
  if (v.serviceTypes.includes("HEALTH") && !v.staff.some((s) => s.role === "HEALTH_SPECIALIST")) {
    ctx.addIssue({ code: "custom", path: ["staff"], message: "supervision:errors.healthNeedsSpecialist" });
  }
  if (!v.managerIsAgent && !v.staff.some((s) => s.role === "AGENT")) {
    ctx.addIssue({ code: "custom", path: ["staff"], message: "supervision:errors.needsAgent" });
  }
  const seen = new Set<string>();
  v.staff.forEach((s, i) => {
    const key = `${s.nationalId}|${s.role}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["staff", i, "nationalId"], message: "supervision:errors.duplicateStaff" });
    seen.add(key);
  });
}

/** The form (documents are kept outside react-hook-form). */
export const ZApplyAccreditationForm = z.object(accreditationShape).superRefine(refineAccreditation);
export const ZApplyAccreditation = z
  .object({ ...accreditationShape, documents: z.array(zUpload).max(MAX_ACCREDITATION_DOCUMENTS, { error: "supervision:errors.tooManyDocuments" }).default([]) })
  .superRefine(refineAccreditation);
export type ApplyAccreditationInput = z.input<typeof ZApplyAccreditationForm>;

const dateOnly = z.preprocess(
  (v) => (typeof v === "string" ? toLatinDigits(v).trim() : v),
  z.string().min(1, { error: "validation:required" }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: "supervision:errors.dateFormat" }),
);
const percent = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(toLatinDigits(v))) : v), z.number({ error: "supervision:errors.numberFormat" }).int().min(0).max(max));

export const ZApproveAccreditation = z
  .object({
    requestId: id,
    startsOn: dateOnly,
    endsOn: dateOnly,
    municipalityIds: z.array(id).min(1, { error: "supervision:errors.chooseMunicipality" }),
    serviceTypes: z.array(z.enum(SERVICE_TYPES)).min(1, { error: "supervision:errors.chooseServiceType" }),
    maxMedianHours: percent(720),
    maxSlaBreachPercent: percent(100),
    maxReturnPercent: percent(100),
    spotCheckPercent: percent(100),
    clauseSet: z.enum(CLAUSE_SET_CODES),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn <= v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "supervision:errors.endBeforeStart" });
  });
export type ApproveAccreditationInput = z.input<typeof ZApproveAccreditation>;

export const ZRejectAccreditation = z.object({ requestId: id, reason: zRequiredText(1000).min(10, { error: "supervision:errors.reasonTooShort" }) });

export const ZAddMember = ZStaffMember;
export const ZRemoveMember = z.object({ memberId: id });
/** The invited person accepts or declines (identity checked on the server); the manager revokes a pending one. */
export const ZRespondInvitation = z.object({ invitationId: id });
export const ZRevokeInvitation = z.object({ invitationId: id });
export const ZVerifyMember = z.object({ memberId: id });

export const ZScheduleWorkshop = z.object({
  topic: z.enum(WORKSHOP_TOPICS, { error: "validation:required" }),
  titleAr: zRequiredText(160),
  titleEn: zRequiredText(160),
  startsAt: z.preprocess(
    (v) => (typeof v === "string" ? toLatinDigits(v).trim() : v),
    z.string().min(1, { error: "validation:required" }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "supervision:errors.dateFormat" }),
  ),
  location: zRequiredText(200),
  capacity: z.preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(toLatinDigits(v))) : v), z.number({ error: "supervision:errors.numberFormat" }).int().min(1).max(500)),
});
export type ScheduleWorkshopInput = z.input<typeof ZScheduleWorkshop>;

export const ZRegisterAttendees = z.object({ workshopId: id, memberIds: z.array(id).min(1, { error: "supervision:errors.chooseMembers" }).max(100) });
export const ZRecordAttendance = z.object({ workshopId: id, attendedMemberIds: z.array(id).max(500) });

export const ZFileFeedback = z.object({
  officeId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  kind: z.enum(FEEDBACK_KINDS, { error: "validation:required" }),
  subject: zRequiredText(160),
  body: zRequiredText(3000).min(10, { error: "supervision:errors.bodyTooShort" }),
});
export type FileFeedbackInput = z.input<typeof ZFileFeedback>;
export const ZAnswerFeedback = z.object({ feedbackId: id, answer: zRequiredText(3000).min(10, { error: "supervision:errors.answerTooShort" }) });
