import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { officeStep } from "@/lib/domain/licensing/office-step";
import { ZOfficeReject, ZOfficeReturn, ZOfficeStep } from "@/lib/domain/licensing/office-schemas";

/**
 * The office's health specialist reviews a HEALTH application after the field visit: approve (on to
 * the manager), return to the citizen, or reject. Only a specialist whose qualification the Amanah
 * verified may take these steps (office-step.ts).
 */
export const officeHealthApprove = defineCommand({
  name: "licensing.office.healthApprove",
  permission: "licensing.office.healthReview",
  schema: ZOfficeStep,
  run: (tx, actor, input) => officeStep(tx, actor, input.applicationId, { event: "healthApprove", role: "OFFICE_HEALTH_SPECIALIST", note: input.note }),
});

export const officeHealthReturn = defineCommand({
  name: "licensing.office.healthReturn",
  permission: "licensing.office.healthReview",
  schema: ZOfficeReturn,
  run: (tx, actor, input) => officeStep(tx, actor, input.applicationId, { event: "return", role: "OFFICE_HEALTH_SPECIALIST", note: input.note }),
});

export const officeHealthReject = defineCommand({
  name: "licensing.office.healthReject",
  permission: "licensing.office.healthReview",
  schema: ZOfficeReject,
  run: (tx, actor, input) =>
    officeStep(tx, actor, input.applicationId, { event: "reject", role: "OFFICE_HEALTH_SPECIALIST", note: input.reason, extra: { rejectionReason: input.reason } }),
});
