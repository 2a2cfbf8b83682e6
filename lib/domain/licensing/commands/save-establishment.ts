import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { nextApplicationNumber } from "@/lib/domain/licensing/numbers";
import { assertEditable, loadOwnApplication } from "@/lib/domain/licensing/own";
import { ZEstablishmentStep } from "@/lib/domain/licensing/schemas";
import { actorNationalId } from "@/lib/kernel/actor";
import { AppError } from "@/lib/errors";

/**
 * Wizard step 1: the establishment. Without an applicationId it creates a DRAFT (with its number, so
 * the citizen can quote it from the first save); with one it updates the citizen's own DRAFT — or a
 * RETURNED application, where the activity and the municipality are locked (the assigned office
 * serves that municipality and was chosen for that kind of license). The activity decides the kind.
 */
export const saveEstablishment = defineCommand({
  name: "licensing.saveEstablishment",
  permission: "licensing.apply",
  schema: ZEstablishmentStep,
  async run(tx, actor, input) {
    const nationalId = await actorNationalId(tx, actor);
    const activity = await tx.activity.findFirst({ where: { id: input.activityId, active: true }, select: { id: true, requiresHealthLicense: true } });
    if (!activity) throw new AppError("VALIDATION", { fieldErrors: { activityId: "licensing:errors.chooseActivity" } });
    const district = await tx.district.findFirst({ where: { id: input.districtId, municipalityId: input.municipalityId }, select: { id: true } });
    if (!district) throw new AppError("VALIDATION", { fieldErrors: { districtId: "licensing:errors.chooseDistrict" } });

    // A commercial registration that belongs to someone else's establishment cannot be licensed by this citizen.
    const est = await tx.establishment.findUnique({ where: { commercialRegNo: input.commercialRegNo }, select: { ownerNationalId: true } });
    if (est && est.ownerNationalId !== nationalId) throw new AppError("VALIDATION", { fieldErrors: { commercialRegNo: "licensing:errors.crOwnedByOther" } });

    const data = {
      tradeNameAr: input.tradeNameAr,
      tradeNameEn: input.tradeNameEn || null,
      commercialRegNo: input.commercialRegNo,
      activityId: activity.id,
      municipalityId: input.municipalityId,
      districtId: district.id,
      addressAr: input.addressAr,
      latitude: input.latitude,
      longitude: input.longitude,
      areaM2: input.areaM2,
      signAreaM2: input.signAreaM2,
      kind: activity.requiresHealthLicense ? ("HEALTH" as const) : ("COMMERCIAL" as const),
    };

    if (!input.applicationId) {
      const number = await nextApplicationNumber(tx);
      const created = await tx.licenseApplication.create({
        data: { ...data, number, applicantId: actor.userId, applicantNationalId: nationalId, status: "DRAFT", draftStep: 2 },
        select: { id: true, number: true },
      });
      await recordAudit(tx, actor, {
        action: "licensing.draft.create",
        entityType: "LicenseApplication",
        entityId: created.id,
        municipalityId: data.municipalityId,
        after: { number: created.number, ...data },
      });
      return { applicationId: created.id, number: created.number };
    }

    const app = await loadOwnApplication(tx, actor, input.applicationId);
    assertEditable(app);
    if (app.status === "RETURNED" && (app.activityId !== data.activityId || app.municipalityId !== data.municipalityId)) {
      throw new AppError("VALIDATION", {
        fieldErrors: {
          ...(app.activityId !== data.activityId ? { activityId: "licensing:errors.lockedWhenReturned" } : {}),
          ...(app.municipalityId !== data.municipalityId ? { municipalityId: "licensing:errors.lockedWhenReturned" } : {}),
        },
      });
    }
    // A changed municipality or kind invalidates a chosen office (the citizen chooses again in step 3).
    const officeStale = app.status === "DRAFT" && (app.municipalityId !== data.municipalityId || app.kind !== data.kind);
    const { count } = await tx.licenseApplication.updateMany({
      where: { id: app.id, applicantId: actor.userId, status: app.status },
      data: {
        ...data,
        draftStep: Math.max(app.draftStep, 2),
        ...(officeStale ? { officeId: null, officeAutoAssigned: false } : {}),
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "licensing:errors.conflict" });
    const { id: _i, number: _n, status: _s, applicantId: _a, draftStep: _d, officeId: _o, officeAutoAssigned: _oa, ...before } = app;
    await recordAudit(tx, actor, {
      action: "licensing.draft.establishment",
      entityType: "LicenseApplication",
      entityId: app.id,
      municipalityId: data.municipalityId,
      before,
      after: data,
    });
    return { applicationId: app.id, number: app.number };
  },
});
