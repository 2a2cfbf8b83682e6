import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { cancelBill } from "@/lib/domain/payments/issue-bill";
import { REVOCABLE_LICENSE_SELECT, revokeLicense } from "@/lib/domain/licensing/revoke";
import { ZCancelLicense } from "@/lib/domain/licensing/schemas";
import { actorNationalId } from "@/lib/kernel/actor";
import { AppError } from "@/lib/errors";

/**
 * The holder cancels their own license (closing the shop). The cascade (health certificates, audit,
 * SMS) is revokeLicense's, shared with the agency API; a renewal waiting for payment is cancelled with
 * its bill, so the bank can no longer take money for a cancelled license.
 */
export const cancelLicenseByOwner = defineCommand({
  name: "licensing.cancelByOwner",
  permission: "licensing.cancel",
  schema: ZCancelLicense,
  async run(tx, actor, input) {
    const nationalId = await actorNationalId(tx, actor);
    const license = await tx.license.findFirst({ where: { id: input.licenseId, holderNationalId: nationalId }, select: REVOCABLE_LICENSE_SELECT });
    if (!license) throw new AppError("NOT_FOUND");
    if (license.status === "CANCELLED") throw new AppError("INVALID_STATE", { message: "licensing:errors.alreadyCancelled" });
    const pending = await tx.licenseRenewal.findMany({ where: { licenseId: license.id, status: "AWAITING_PAYMENT" }, select: { id: true, billId: true } });
    for (const r of pending) {
      await tx.licenseRenewal.update({ where: { id: r.id }, data: { status: "CANCELLED" } });
      if (r.billId) {
        const bill = await tx.bill.findUnique({ where: { id: r.billId }, select: { status: true } });
        if (bill?.status === "UNPAID") await cancelBill(tx, actor, r.billId, "license cancelled by its holder");
      }
    }
    const result = await revokeLicense(tx, actor, license, { reason: input.reason, by: "owner" });
    return { licenseId: result.licenseId, number: result.number, revokedHealthCertificates: result.revokedHealthCertificates };
  },
});
