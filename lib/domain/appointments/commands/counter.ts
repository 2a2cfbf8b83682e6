import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZCheckIn, ZNoShow, ZPublishSlots } from "@/lib/domain/appointments/schemas";
import { appointmentContext, dateKeys, slotTimesOn, tokenFromScan } from "@/lib/domain/appointments/rules";
import { appointmentWorkflow } from "@/lib/domain/appointments/workflow";
import { branchScope } from "@/lib/domain/appointments/scope";
import { AppError } from "@/lib/errors";

/**
 * The counter checks a citizen in by the QR code's token (scanned or typed), on the appointment's day, at a
 * branch of the clerk's scope. A token of another branch, another day, or an appointment no longer booked is
 * refused with nothing written.
 */
export const checkInAppointment = defineCommand({
  name: "appointments.checkIn",
  permission: "appointments.counter",
  schema: ZCheckIn,
  async run(tx, actor, input) {
    const now = new Date();
    const a = await tx.appointment.findFirst({
      where: { qrToken: tokenFromScan(input.token), service: { branch: branchScope(actor) } },
      select: { id: true, number: true, status: true, slot: { select: { startsAt: true, endsAt: true } }, citizen: { select: { nameAr: true, nameEn: true } } },
    });
    if (!a) throw new AppError("NOT_FOUND", { fieldErrors: { token: "appointments:errors.tokenUnknown" } });
    const step = appointmentWorkflow.transition(a.status, "checkIn", actor.roles, appointmentContext(a.slot, now));
    if (!step.ok) {
      if (step.reason === "WRONG_ROLE") throw new AppError("FORBIDDEN");
      throw new AppError("INVALID_STATE", { fieldErrors: { token: a.status === "BOOKED" ? "appointments:errors.notToday" : "appointments:errors.notBooked" } });
    }
    const { count } = await tx.appointment.updateMany({ where: { id: a.id, status: "BOOKED" }, data: { status: step.to, activeKey: null, checkedInAt: now, checkedInById: actor.userId } });
    if (count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, actor, { action: "appointments.checkIn", entityType: "Appointment", entityId: a.id, before: { status: a.status }, after: { status: step.to } });
    return { id: a.id, number: a.number, nameAr: a.citizen.nameAr, nameEn: a.citizen.nameEn };
  },
});

/** After the slot has ended, the counter marks a booked citizen who did not come (the seat stays used). */
export const markNoShow = defineCommand({
  name: "appointments.noShow",
  permission: "appointments.counter",
  schema: ZNoShow,
  async run(tx, actor, input) {
    const now = new Date();
    const a = await tx.appointment.findFirst({
      where: { id: input.appointmentId, service: { branch: branchScope(actor) } },
      select: { id: true, number: true, status: true, slot: { select: { startsAt: true, endsAt: true } } },
    });
    if (!a) throw new AppError("NOT_FOUND");
    const step = appointmentWorkflow.transition(a.status, "noShow", actor.roles, appointmentContext(a.slot, now));
    if (!step.ok) {
      if (step.reason === "WRONG_ROLE") throw new AppError("FORBIDDEN");
      throw new AppError("INVALID_STATE", { message: a.status === "BOOKED" ? "appointments:errors.slotNotOver" : "appointments:errors.notBooked" });
    }
    const { count } = await tx.appointment.updateMany({ where: { id: a.id, status: "BOOKED" }, data: { status: step.to, activeKey: null, noShowAt: now } });
    if (count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, actor, { action: "appointments.noShow", entityType: "Appointment", entityId: a.id, before: { status: a.status }, after: { status: step.to } });
    return { id: a.id, number: a.number };
  },
});

/**
 * Staff publish a service's slots for a span of days: office hours of working days only (no slot on a
 * Friday, a Saturday or a holiday: lib/kernel/working-days.ts), `capacity` seats each. Existing slots stay as
 * they are (publishing twice adds nothing).
 */
export const publishSlots = defineCommand({
  name: "appointments.publishSlots",
  permission: "appointments.publish",
  schema: ZPublishSlots,
  async run(tx, actor, input) {
    const service = await tx.appointmentService.findFirst({ where: { id: input.serviceId, branch: branchScope(actor) }, select: { id: true, slotMinutes: true, capacity: true } });
    if (!service) throw new AppError("NOT_FOUND");
    const data = dateKeys(input.from, input.days).flatMap((d) => slotTimesOn(d, service.slotMinutes).map((s) => ({ serviceId: service.id, startsAt: s.startsAt, endsAt: s.endsAt, capacity: service.capacity })));
    const { count } = await tx.appointmentSlot.createMany({ data, skipDuplicates: true });
    await recordAudit(tx, actor, { action: "appointments.publishSlots", entityType: "AppointmentService", entityId: service.id, after: { from: input.from, days: input.days, created: count } });
    return { created: count };
  },
});
