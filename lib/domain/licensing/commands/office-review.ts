import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { officeStep } from "@/lib/domain/licensing/office-step";
import { ZOfficeReject, ZOfficeReturn, ZOfficeStep } from "@/lib/domain/licensing/office-schemas";

/**
 * The office agent's steps: take a submitted application into review, then accept it for the field
 * visit, return it to the citizen with what to change, or reject it with a reason.
 */
export const officeTake = defineCommand({
  name: "licensing.office.take",
  permission: "licensing.office.review",
  schema: ZOfficeStep,
  run: (tx, actor, input) => officeStep(tx, actor, input.applicationId, { event: "take", role: "OFFICE_AGENT", note: input.note }),
});

export const officeAccept = defineCommand({
  name: "licensing.office.accept",
  permission: "licensing.office.review",
  schema: ZOfficeStep,
  run: (tx, actor, input) => officeStep(tx, actor, input.applicationId, { event: "accept", role: "OFFICE_AGENT", note: input.note }),
});

export const officeReturn = defineCommand({
  name: "licensing.office.return",
  permission: "licensing.office.review",
  schema: ZOfficeReturn,
  run: (tx, actor, input) => officeStep(tx, actor, input.applicationId, { event: "return", role: "OFFICE_AGENT", note: input.note }),
});

export const officeReject = defineCommand({
  name: "licensing.office.reject",
  permission: "licensing.office.review",
  schema: ZOfficeReject,
  run: (tx, actor, input) =>
    officeStep(tx, actor, input.applicationId, { event: "reject", role: "OFFICE_AGENT", note: input.reason, extra: { rejectionReason: input.reason } }),
});
