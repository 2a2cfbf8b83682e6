import type { AnyActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { checkUploads } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";
import { routeComplaint } from "@/lib/domain/complaints/routing";
import type { FileComplaintInput } from "@/lib/domain/complaints/schemas";
import { appendEvent, type TimelineActor } from "@/lib/domain/complaints/timeline";
import { slaDueAt } from "@/lib/domain/complaints/workflow";
import type { Lang } from "@/lib/i18n/settings";

export const COMPLAINT_PREFIX = "C";

export type Reporter = {
  userId: string | null;
  name: string | null;
  mobile: string;
  locale: Lang;
  /** Who the audit log and the timeline name. */
  auditActor: AnyActor;
  timelineActor: TimelineActor;
  ip: string | null;
  /** The channel it was filed through (a self-service kiosk: KIOSK); default WEB. */
  source?: "WEB" | "KIOSK";
};

export type FiledComplaint = { reference: string; slaDueAt: Date; departmentAr: string; departmentEn: string; municipalityAr: string; municipalityEn: string };

/**
 * Files a complaint for `reporter` in the caller's transaction: photos checked first (a refused photo
 * writes nothing), routed (department from the category, municipality from the place), the reference
 * from complaint_number_seq with its check digit, the photos, the public CREATED event, the audit row
 * and the "received" SMS with the reference.
 */
export async function fileComplaintFor(tx: Tx, reporter: Reporter, input: FileComplaintInput, now: Date = new Date()): Promise<FiledComplaint> {
  const photos = await checkUploads(input.photos, "photo", "photo", { perFile: true });
  const route = await routeComplaint(tx, input);
  if (route.photoRequired && photos.length === 0) {
    throw new AppError("VALIDATION", { fieldErrors: { photos: "complaints:errors.photoRequired" } });
  }

  const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('complaint_number_seq') AS n`;
  const reference = checkDigitNumber(COMPLAINT_PREFIX, n, 7);
  const complaint = await tx.complaint.create({
    data: {
      reference,
      categoryId: route.categoryId,
      departmentId: route.departmentId,
      municipalityId: route.municipalityId,
      districtId: route.districtId,
      description: input.description,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      addressText: input.addressText || null,
      source: reporter.source ?? "WEB",
      reporterUserId: reporter.userId,
      reporterName: reporter.name,
      reporterMobile: reporter.mobile,
      reporterLocale: reporter.locale,
      slaDueAt: slaDueAt(now, route.slaHours),
      createdAt: now,
    },
    select: {
      id: true,
      slaDueAt: true,
      department: { select: { nameAr: true, nameEn: true } },
      municipality: { select: { nameAr: true, nameEn: true } },
    },
  });
  await storeFiles(tx, photos, { uploadedById: reporter.userId, complaintId: complaint.id, purpose: "COMPLAINT_PHOTO" });
  await appendEvent(tx, reporter.timelineActor, complaint, {
    kind: "CREATED",
    public: true,
    data: { departmentId: route.departmentId, municipalityId: route.municipalityId, photos: photos.length },
  });
  await recordAudit(tx, reporter.auditActor, {
    action: "complaints.file",
    entityType: "Complaint",
    entityId: complaint.id,
    municipalityId: route.municipalityId,
    after: { reference, categoryId: route.categoryId, departmentId: route.departmentId, districtId: route.districtId, photos: photos.length, account: reporter.userId !== null },
    ip: reporter.ip,
  });
  await enqueueSms(tx, { to: reporter.mobile, template: "complaintReceived", params: { reference }, locale: reporter.locale, dedupeKey: `complaint-received:${complaint.id}` });
  return {
    reference,
    slaDueAt: complaint.slaDueAt,
    departmentAr: complaint.department.nameAr,
    departmentEn: complaint.department.nameEn,
    municipalityAr: complaint.municipality.nameAr,
    municipalityEn: complaint.municipality.nameEn,
  };
}
