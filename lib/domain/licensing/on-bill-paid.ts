import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { requestSignatures } from "@/lib/domain/signatures/request";
import { moveApplication } from "@/lib/domain/licensing/move";
import { nextLicenseNumber } from "@/lib/domain/licensing/numbers";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { unpaidViolationBills } from "@/lib/domain/violations/policies";
import type { PaidBill } from "@/lib/domain/payments/handlers";
import { AppError } from "@/lib/errors";
import { formatGregorian } from "@/lib/i18n/dates";

/**
 * Issuance: the fee is paid → the license exists, at once, in the payment's transaction (if anything
 * here fails, the payment is refused and nothing is half done).
 *   "LicenseApplication": AWAITING_PAYMENT → ISSUED (history + audit), the Establishment is created or
 *     updated by its commercial registration, the License gets its number, a random verification code
 *     (the certificate's QR) and one year of validity; the holder gets the "license issued" SMS.
 *   "LicenseRenewal": the license's expiry moves one year on from the old expiry (from the payment day
 *     when it had already expired), it becomes ACTIVE again, the renewal is PAID.
 * Both are idempotent: a second notification of the same payment changes nothing.
 *
 * Unpaid violations are checked at submission and at the manager's approval, not here: the citizen has
 * paid the fee, so the license is issued; a violation recorded between approval and payment is named
 * in the issuance's audit row (unpaidViolations) and blocks the next renewal (decision 015).
 */
const SYSTEM = { system: "payments" } as const;

export function addOneYear(d: Date): Date {
  const out = new Date(d);
  out.setUTCFullYear(out.getUTCFullYear() + 1);
  // 29 February + 1 year → 1 March: keep it on 28 February.
  if (out.getUTCMonth() !== d.getUTCMonth()) out.setUTCDate(0);
  return out;
}

/** A code that cannot be guessed from the license number (the QR link). */
export function newVerifyCode(): string {
  return randomBytes(12).toString("base64url");
}

export async function issueLicenseOnPayment(tx: Tx, bill: PaidBill): Promise<void> {
  const app = await tx.licenseApplication.findFirst({
    where: { id: bill.subjectId, billId: bill.id },
    select: {
      id: true, number: true, status: true, kind: true, municipalityId: true, applicantId: true, officeId: true,
      tradeNameAr: true, tradeNameEn: true, commercialRegNo: true, activityId: true, addressAr: true, latitude: true, longitude: true,
      areaM2: true, signAreaM2: true, license: { select: { id: true } },
      applicant: { select: { nationalId: true, nameAr: true, mobile: true, preferredLocale: true } },
    },
  });
  if (!app) throw new AppError("NOT_FOUND");
  if (app.status === "ISSUED" && app.license) return; // already issued: the same payment notified twice
  const now = new Date();
  await moveApplication(tx, SYSTEM, app, { event: "pay", role: "SYSTEM", silent: true, now });

  const cr = app.commercialRegNo as string;
  const unpaidViolations = (await unpaidViolationBills(tx, { crNumber: cr })).map((u) => u.violationNumber);
  const holderNationalId = app.applicant.nationalId as string;
  const number = await nextLicenseNumber(tx);
  const estData = {
    tradeNameAr: app.tradeNameAr as string,
    tradeNameEn: app.tradeNameEn,
    municipalityId: app.municipalityId as string,
    activityId: app.activityId,
    addressAr: app.addressAr,
    latitude: app.latitude,
    longitude: app.longitude,
    licenseNumber: number,
  };
  const establishment = await tx.establishment.upsert({
    where: { commercialRegNo: cr },
    create: { commercialRegNo: cr, ownerNationalId: holderNationalId, ownerName: app.applicant.nameAr, ownerMobile: app.applicant.mobile, ...estData },
    update: estData,
    select: { id: true },
  });
  const license = await tx.license.create({
    data: {
      number,
      verifyCode: newVerifyCode(),
      kind: app.kind,
      status: "ACTIVE",
      applicationId: app.id,
      establishmentId: establishment.id,
      officeId: app.officeId,
      municipalityId: app.municipalityId as string,
      activityId: app.activityId as string,
      holderNationalId,
      holderName: app.applicant.nameAr,
      holderMobile: app.applicant.mobile,
      tradeNameAr: app.tradeNameAr as string,
      areaM2: app.areaM2 as number,
      signAreaM2: app.signAreaM2 as number,
      issuedAt: now,
      validFrom: now,
      expiresAt: addOneYear(now),
    },
    select: { id: true, number: true, expiresAt: true },
  });
  await recordAudit(tx, SYSTEM, {
    action: "license.issue",
    entityType: "License",
    entityId: license.id,
    municipalityId: app.municipalityId,
    after: { number: license.number, applicationNumber: app.number, billNumber: bill.number, establishmentId: establishment.id, expiresAt: license.expiresAt, unpaidViolations },
  });
  // The certificate's signing along the municipality's chain (issue 15; docs/decisions/022-signatures-and-keys.md):
  // the license is ACTIVE from now on, its certificate is issued in signed form when the chain completes.
  await requestSignatures(tx, SYSTEM, "LICENSE_CERTIFICATE", license.id);
  await enqueueSms(tx, {
    to: app.applicant.mobile,
    template: "licenseIssued",
    params: { licenseNumber: license.number },
    locale: app.applicant.preferredLocale,
    dedupeKey: `license-issued:${license.id}`,
  });
}

export async function renewLicenseOnPayment(tx: Tx, bill: PaidBill): Promise<void> {
  const renewal = await tx.licenseRenewal.findFirst({
    where: { id: bill.subjectId, billId: bill.id },
    select: { id: true, status: true, license: { select: { id: true, number: true, status: true, expiresAt: true, municipalityId: true, holderMobile: true, holderNationalId: true } } },
  });
  if (!renewal) throw new AppError("NOT_FOUND");
  if (renewal.status === "PAID") return;
  const license = renewal.license;
  // A cancelled license cannot be renewed: refusing here refuses the payment (its bill should have been cancelled).
  if (renewal.status !== "AWAITING_PAYMENT" || license.status === "CANCELLED") throw new AppError("INVALID_STATE", { message: "licensing:errors.renewalNotPayable" });
  const now = new Date();
  const newExpiresAt = addOneYear(license.expiresAt > now ? license.expiresAt : now);
  const moved = await tx.license.updateMany({
    where: { id: license.id, status: license.status, expiresAt: license.expiresAt },
    data: {
      expiresAt: newExpiresAt,
      ...(license.status === "EXPIRED" ? { status: "ACTIVE" as const } : {}),
      reminder30SentAt: null,
      reminder7SentAt: null,
    },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", { message: "licensing:errors.conflict" });
  await tx.licenseRenewal.update({ where: { id: renewal.id }, data: { status: "PAID", paidAt: now, newExpiresAt } });
  await recordAudit(tx, SYSTEM, {
    action: "license.renew",
    entityType: "License",
    entityId: license.id,
    municipalityId: license.municipalityId,
    before: { status: license.status, expiresAt: license.expiresAt },
    after: { status: license.status === "EXPIRED" ? "ACTIVE" : license.status, expiresAt: newExpiresAt, renewalId: renewal.id, billNumber: bill.number },
  });
  const owner = await tx.user.findUnique({ where: { nationalId: license.holderNationalId }, select: { preferredLocale: true } });
  const locale = owner?.preferredLocale ?? "ar";
  await enqueueSms(tx, {
    to: license.holderMobile,
    template: "licenseRenewed",
    params: { licenseNumber: license.number, expiry: formatGregorian(newExpiresAt, locale) },
    locale,
    dedupeKey: `license-renewed:${renewal.id}`,
  });
}
