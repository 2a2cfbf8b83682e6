/**
 * Appointments (حجز المواعيد): the zod schemas shared by the forms and the commands.
 */
import { z, zRequiredText } from "@/lib/validation";

const zId = z.string().trim().min(1).max(40);
const zSlot = z.string().trim().min(1, { error: "appointments:errors.chooseSlot" }).max(40);

/** The citizen books a slot for a purpose, optionally about one of their own transactions ("KIND:number"). */
export const ZBookAppointment = z.object({
  slotId: zSlot,
  purpose: zRequiredText(300),
  linked: z.string().trim().max(60).optional().default(""),
});
export type BookAppointmentInput = z.output<typeof ZBookAppointment>;

export const ZRescheduleAppointment = z.object({ appointmentId: zId, slotId: zSlot });
export const ZCancelAppointment = z.object({ appointmentId: zId });

/** The counter types or scans the QR code's token. */
export const ZCheckIn = z.object({ token: z.string().trim().min(6, { error: "appointments:errors.tokenRequired" }).max(60) });
export const ZNoShow = z.object({ appointmentId: zId });

const zDateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "appointments:errors.date" });

/** Staff publish a service's slots for a span of days (weekends and holidays get none). */
export const ZPublishSlots = z.object({ serviceId: zId, from: zDateKey, days: z.coerce.number().int().min(1).max(60) });

/** An administrator adds (`isNew`: the code must be free) or changes a holiday (a span of Riyadh dates). */
export const ZSaveHoliday = z
  .object({ code: z.string().trim().regex(/^[A-Z0-9-]{3,32}$/, { error: "appointments:errors.holidayCode" }), nameAr: zRequiredText(80), nameEn: zRequiredText(80), startDate: zDateKey, endDate: zDateKey, isNew: z.boolean().optional() })
  .refine((v) => v.endDate >= v.startDate, { path: ["endDate"], error: "appointments:errors.holidayRange" });
export const ZRemoveHoliday = z.object({ code: z.string().trim().min(1).max(32) });
