import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { computeLicenseFee, loadFeeRule } from "@/lib/domain/licensing/fees";
import { moveApplication } from "@/lib/domain/licensing/move";
import { ZOfficeReject, ZOfficeReturn, ZOfficeStep } from "@/lib/domain/licensing/office-schemas";
import { loadOfficeApplication, officeStep } from "@/lib/domain/licensing/office-step";
import { issueBill } from "@/lib/domain/payments/issue-bill";
import { assertNoUnpaidViolations } from "@/lib/domain/violations/policies";
import { applicationWorkflow } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/settings";

/**
 * The office manager's final word. Approve: the fee is computed from the schedule (data, not code),
 * the bill is issued to the applicant (subject "LicenseApplication": paying it issues the license, see
 * on-bill-paid.ts) and the application waits for payment — all in one transaction, so an approval
 * that loses the race (CONFLICT) leaves no bill behind. Or return to the citizen, or reject.
 * Unpaid violations of the commercial registration block the approval as they block submission
 * (docs/decisions/015-shared-kernel.md): no fee bill is issued while a fine is unpaid.
 */
export const officeApprove = defineCommand({
  name: "licensing.office.approve",
  permission: "licensing.office.approve",
  schema: ZOfficeStep,
  async run(tx, actor, input) {
    const app = await loadOfficeApplication(tx, actor, input.applicationId);
    // Checked before the bill: the workflow (in moveApplication) would refuse anyway, but no bill number is spent on a refusal.
    if (!applicationWorkflow.fromStates("approve").includes(app.status)) throw new AppError("INVALID_STATE", { message: "licensing:errors.notAllowedNow" });
    if (!app.municipalityId || app.areaM2 == null) throw new AppError("INVALID_STATE", { message: "licensing:errors.notAllowedNow" });
    if (app.commercialRegNo) await assertNoUnpaidViolations(tx, { crNumber: app.commercialRegNo });

    const rule = await loadFeeRule(tx, app.activityGroupEn);
    const fee = computeLicenseFee(rule, { areaM2: app.areaM2, signAreaM2: app.signAreaM2 ?? 0, needsHealth: app.kind === "HEALTH" });
    const applicant = await tx.user.findUniqueOrThrow({ where: { id: app.applicantId }, select: { nameAr: true, mobile: true, preferredLocale: true } });
    const bill = await issueBill(tx, actor, {
      municipalityId: app.municipalityId,
      subjectType: "LicenseApplication",
      subjectId: app.id,
      payer: { nationalId: app.applicantNationalId, crNumber: app.commercialRegNo ?? undefined, name: applicant.nameAr, mobile: applicant.mobile },
      lines: fee.lines,
      locale: applicant.preferredLocale as Lang,
    });
    const status = await moveApplication(tx, actor, app, {
      event: "approve",
      role: "OFFICE_MANAGER",
      note: input.note,
      extra: { feeHalalas: fee.totalHalalas, billId: bill.id },
    });
    return { id: app.id, number: app.number, status, billNumber: bill.number, feeHalalas: fee.totalHalalas };
  },
});

export const officeManagerReturn = defineCommand({
  name: "licensing.office.managerReturn",
  permission: "licensing.office.approve",
  schema: ZOfficeReturn,
  run: (tx, actor, input) => officeStep(tx, actor, input.applicationId, { event: "return", role: "OFFICE_MANAGER", note: input.note }),
});

export const officeManagerReject = defineCommand({
  name: "licensing.office.managerReject",
  permission: "licensing.office.approve",
  schema: ZOfficeReject,
  run: (tx, actor, input) =>
    officeStep(tx, actor, input.applicationId, { event: "reject", role: "OFFICE_MANAGER", note: input.reason, extra: { rejectionReason: input.reason } }),
});
