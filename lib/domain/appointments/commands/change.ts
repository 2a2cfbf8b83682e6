import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { ZCancelAppointment, ZRescheduleAppointment } from "@/lib/domain/appointments/schemas";
import { appointmentContext } from "@/lib/domain/appointments/rules";
import { appointmentWorkflow, type AppointmentEvent } from "@/lib/domain/appointments/workflow";
import { loadBookableSlot, releaseSeat, smsWhen, takeSeat } from "@/lib/domain/appointments/seats";
import { AppError } from "@/lib/errors";
import { localName } from "@/lib/kernel/locale";

async function ownBooking(tx: Tx, actor: Actor, appointmentId: string, event: AppointmentEvent, now: Date) {
  const a = await tx.appointment.findFirst({
    where: { id: appointmentId, citizenId: actor.userId },
    select: { id: true, number: true, status: true, serviceId: true, slotId: true, slot: { select: { startsAt: true, endsAt: true } }, service: { select: { nameAr: true, nameEn: true, branch: { select: { nameAr: true, nameEn: true } } } } },
  });
  if (!a) throw new AppError("NOT_FOUND");
  const step = appointmentWorkflow.transition(a.status, event, actor.roles, appointmentContext(a.slot, now));
  if (!step.ok) {
    if (step.reason === "WRONG_ROLE") throw new AppError("FORBIDDEN");
    throw new AppError("INVALID_STATE", { message: a.status === "BOOKED" ? "appointments:errors.pastCutoff" : "appointments:errors.notBooked" });
  }
  return { a, to: step.to };
}

/**
 * The citizen moves their booking to another slot of the same service, until the cut-off of the current one.
 * The new seat is taken first (refused when full, past or on a holiday: nothing changes), then the old one is
 * released; the update carries the old slot and status in its where (a concurrent change loses with CONFLICT).
 * The reminder is due again for the new day.
 */
export const rescheduleAppointment = defineCommand({
  name: "appointments.reschedule",
  permission: "appointments.book",
  schema: ZRescheduleAppointment,
  transaction: { maxWait: 15_000, timeout: 15_000 },
  async run(tx, actor, input) {
    const now = new Date();
    const { a } = await ownBooking(tx, actor, input.appointmentId, "reschedule", now);
    if (input.slotId === a.slotId) throw new AppError("VALIDATION", { fieldErrors: { slotId: "appointments:errors.sameSlot" } });
    const slot = await loadBookableSlot(tx, input.slotId, now);
    if (slot.serviceId !== a.serviceId) throw new AppError("VALIDATION", { fieldErrors: { slotId: "appointments:errors.otherService" } });
    await takeSeat(tx, slot.id);
    const { count } = await tx.appointment.updateMany({
      where: { id: a.id, status: "BOOKED", slotId: a.slotId },
      data: { slotId: slot.id, rescheduledAt: now, reminderSentAt: null },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    await releaseSeat(tx, a.slotId);
    await recordAudit(tx, actor, { action: "appointments.reschedule", entityType: "Appointment", entityId: a.id, before: { slotId: a.slotId, startsAt: a.slot.startsAt }, after: { slotId: slot.id, startsAt: slot.startsAt } });
    await enqueueSms(tx, {
      to: actor.mobile,
      template: "appointmentRescheduled",
      locale: actor.locale,
      params: { number: a.number, service: localName(actor.locale, a.service), branch: localName(actor.locale, a.service.branch), when: smsWhen(slot.startsAt, actor.locale) },
      dedupeKey: `appointment-rescheduled:${a.id}:${slot.id}`,
    });
    return { id: a.id, number: a.number };
  },
});

/** The citizen cancels, until the cut-off: the seat is free again and they may book this service anew. */
export const cancelAppointment = defineCommand({
  name: "appointments.cancel",
  permission: "appointments.book",
  schema: ZCancelAppointment,
  async run(tx, actor, input) {
    const now = new Date();
    const { a, to } = await ownBooking(tx, actor, input.appointmentId, "cancel", now);
    const { count } = await tx.appointment.updateMany({ where: { id: a.id, status: "BOOKED", slotId: a.slotId }, data: { status: to, activeKey: null, cancelledAt: now } });
    if (count !== 1) throw new AppError("CONFLICT");
    await releaseSeat(tx, a.slotId);
    await recordAudit(tx, actor, { action: "appointments.cancel", entityType: "Appointment", entityId: a.id, before: { status: a.status }, after: { status: to } });
    await enqueueSms(tx, {
      to: actor.mobile,
      template: "appointmentCancelled",
      locale: actor.locale,
      params: { number: a.number, service: localName(actor.locale, a.service), when: smsWhen(a.slot.startsAt, actor.locale) },
      dedupeKey: `appointment-cancelled:${a.id}`,
    });
    return { id: a.id, number: a.number };
  },
});
