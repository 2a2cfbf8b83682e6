import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { findEngineeringOfficeForParcel } from "@/lib/domain/permits/offices";
import { ZAuthorizeOffice } from "@/lib/domain/permits/schemas";
import { AppError } from "@/lib/errors";
import { localName } from "@/lib/kernel/locale";

/**
 * The owner (a citizen signed in with their national ID) authorizes an engineering office, by its engineering
 * license number, for one parcel. The office must be ACTIVE, accredited for ENGINEERING and serve the
 * municipality; a suspended office is refused at once with its own message.
 */
export const authorizeOffice = defineCommand({
  name: "permits.authorize",
  permission: "permits.authorize",
  schema: ZAuthorizeOffice,
  async run(tx, actor, input) {
    const me = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { nationalId: true, nameAr: true } });
    if (!me.nationalId) throw new AppError("FORBIDDEN");
    const district = await tx.district.findFirst({ where: { id: input.districtId, municipalityId: input.municipalityId }, select: { id: true } });
    if (!district) throw new AppError("VALIDATION", { fieldErrors: { districtId: "permits:errors.chooseDistrict" } });
    const office = await findEngineeringOfficeForParcel(tx, input.officeLicenseNo, input.municipalityId);
    const existing = await tx.permitAuthorization.findFirst({
      where: { ownerId: actor.userId, officeId: office.id, districtId: input.districtId, planNo: input.planNo, parcelNo: input.parcelNo, status: "ACTIVE" },
      select: { id: true },
    });
    if (existing) throw new AppError("VALIDATION", { fieldErrors: { officeLicenseNo: "permits:errors.alreadyAuthorized" } });
    const auth = await tx.permitAuthorization.create({
      data: {
        ownerId: actor.userId,
        ownerNationalId: me.nationalId,
        officeId: office.id,
        municipalityId: input.municipalityId,
        districtId: input.districtId,
        deedNo: input.deedNo,
        planNo: input.planNo,
        parcelNo: input.parcelNo,
      },
      select: { id: true, createdAt: true },
    });
    await recordAudit(tx, actor, {
      action: "permits.authorize",
      entityType: "PermitAuthorization",
      entityId: auth.id,
      municipalityId: input.municipalityId,
      after: { officeId: office.id, districtId: input.districtId, deedNo: input.deedNo, planNo: input.planNo, parcelNo: input.parcelNo },
    });
    await enqueueSms(tx, {
      to: actor.mobile,
      template: "permitAuthorized",
      locale: actor.locale,
      params: { office: localName(actor.locale, office), parcel: input.parcelNo, plan: input.planNo },
      dedupeKey: `permit-authorized:${auth.id}`,
    });
    return { authorizationId: auth.id };
  },
});
