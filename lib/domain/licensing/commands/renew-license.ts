import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { computeRenewalFee, loadFeeRule } from "@/lib/domain/licensing/fees";
import { RENEWAL_WINDOW_DAYS, renewalOpen } from "@/lib/domain/licensing/renewal";
import { issueBill } from "@/lib/domain/payments/issue-bill";
import { assertNoUnpaidViolations } from "@/lib/domain/violations/policies";
import { actorNationalId } from "@/lib/kernel/actor";
import { ZRenewLicense } from "@/lib/domain/licensing/schemas";
import { AppError } from "@/lib/errors";

/**
 * The holder renews their license: from 30 days before expiry (and after it, with the late fee for
 * every started month), never while a violation of the establishment is unpaid. Issues the renewal's
 * bill (subjectType "LicenseRenewal"); the payment extends the license (on-bill-paid.ts). One renewal
 * waits for payment at a time: asking again returns the same bill.
 */
export const renewLicense = defineCommand({
  name: "licensing.renew",
  permission: "licensing.renew",
  schema: ZRenewLicense,
  async run(tx, actor, input) {
    const nationalId = await actorNationalId(tx, actor);
    const license = await tx.license.findFirst({
      where: { id: input.licenseId, holderNationalId: nationalId },
      select: {
        id: true, number: true, status: true, kind: true, expiresAt: true, areaM2: true, signAreaM2: true, municipalityId: true,
        holderName: true, holderMobile: true,
        activity: { select: { groupEn: true } },
        establishment: { select: { commercialRegNo: true } },
        renewals: { where: { status: "AWAITING_PAYMENT" }, select: { id: true, billId: true } },
      },
    });
    if (!license) throw new AppError("NOT_FOUND");
    if (license.status !== "ACTIVE" && license.status !== "EXPIRED") throw new AppError("INVALID_STATE", { message: "licensing:errors.notRenewable" });
    const now = new Date();
    if (!renewalOpen(license.expiresAt, now)) throw new AppError("INVALID_STATE", { message: `licensing:errors.renewalNotOpen?days=${RENEWAL_WINDOW_DAYS}` });

    const pending = license.renewals[0];
    if (pending?.billId) {
      const bill = await tx.bill.findUnique({ where: { id: pending.billId }, select: { id: true, number: true, totalHalalas: true, status: true } });
      if (bill?.status === "UNPAID") return { renewalId: pending.id, billId: bill.id, billNumber: bill.number, totalHalalas: bill.totalHalalas, existing: true };
      // Its bill expired unpaid: that renewal is over, a new one starts below.
      await tx.licenseRenewal.update({ where: { id: pending.id }, data: { status: "CANCELLED" } });
    }

    await assertNoUnpaidViolations(tx, { crNumber: license.establishment.commercialRegNo });
    const fee = computeRenewalFee(await loadFeeRule(tx, license.activity.groupEn), {
      areaM2: license.areaM2,
      signAreaM2: license.signAreaM2,
      needsHealth: license.kind === "HEALTH",
      expiresAt: license.expiresAt,
      now,
    });
    const late = fee.lines.filter((l) => l.kind === "LATE_FEE").reduce((s, l) => s + l.amountHalalas, 0);
    const renewal = await tx.licenseRenewal.create({
      data: { licenseId: license.id, requestedById: actor.userId, feeHalalas: fee.totalHalalas - late, lateFeeHalalas: late, previousExpiresAt: license.expiresAt },
      select: { id: true },
    });
    const bill = await issueBill(tx, actor, {
      municipalityId: license.municipalityId,
      subjectType: "LicenseRenewal",
      subjectId: renewal.id,
      payer: { nationalId, crNumber: license.establishment.commercialRegNo, name: license.holderName, mobile: license.holderMobile },
      lines: fee.lines,
      locale: actor.locale,
    });
    await tx.licenseRenewal.update({ where: { id: renewal.id }, data: { billId: bill.id } });
    await recordAudit(tx, actor, {
      action: "license.renewalRequested",
      entityType: "License",
      entityId: license.id,
      municipalityId: license.municipalityId,
      after: { renewalId: renewal.id, billNumber: bill.number, totalHalalas: bill.totalHalalas, lateFeeHalalas: late },
    });
    return { renewalId: renewal.id, billId: bill.id, billNumber: bill.number, totalHalalas: bill.totalHalalas, existing: false };
  },
});
