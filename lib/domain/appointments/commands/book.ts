import "server-only";
import { randomBytes } from "node:crypto";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { ZBookAppointment } from "@/lib/domain/appointments/schemas";
import { parseLinked } from "@/lib/domain/appointments/rules";
import { activeKeyOf, loadBookableSlot, smsWhen, takeSeat } from "@/lib/domain/appointments/seats";
import { ownLinkable } from "@/lib/domain/appointments/linkable";
import { AppError } from "@/lib/errors";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { localName } from "@/lib/kernel/locale";

/**
 * A citizen books a seat in a slot (docs/decisions/019-working-day-calendar-and-appointments.md). Refused with
 * nothing written: a slot that is gone, past, on a holiday or outside the working week; a second active
 * booking for the same service (checked first, and guaranteed by the unique `activeKey` against a race); a
 * full slot (the one conditional UPDATE of takeSeat); a linked transaction that is not the citizen's own.
 * Then: the appointment with a random QR token, the audit row and the confirmation SMS, in one transaction.
 */
export const bookAppointment = defineCommand({
  name: "appointments.book",
  permission: "appointments.book",
  schema: ZBookAppointment,
  // Many people may want the same seat at once: they queue on the slot's row lock (each transaction is short)
  // instead of failing after Prisma's default 2 s wait for a connection.
  transaction: { maxWait: 15_000, timeout: 15_000 },
  async run(tx, actor, input) {
    const now = new Date();
    const slot = await loadBookableSlot(tx, input.slotId, now);
    const activeKey = activeKeyOf(actor.userId, slot.serviceId);
    if (await tx.appointment.findUnique({ where: { activeKey }, select: { id: true } })) {
      throw new AppError("CONFLICT", { fieldErrors: { slotId: "appointments:errors.alreadyBooked" } });
    }
    const linked = parseLinked(input.linked);
    if (input.linked && !linked) throw new AppError("VALIDATION", { fieldErrors: { linked: "appointments:errors.linked" } });
    if (linked && !(await ownLinkable(tx, actor, linked))) throw new AppError("VALIDATION", { fieldErrors: { linked: "appointments:errors.linked" } });

    await takeSeat(tx, slot.id);
    const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('appointment_number_seq') AS n`;
    const number = checkDigitNumber("A", n);
    const created = await tx.appointment.createManyAndReturn({
      data: [{
        number,
        serviceId: slot.serviceId,
        slotId: slot.id,
        citizenId: actor.userId,
        purpose: input.purpose,
        linkedKind: linked?.kind ?? null,
        linkedRef: linked?.ref ?? null,
        activeKey,
        qrToken: randomBytes(16).toString("hex"),
        locale: actor.locale,
      }],
      skipDuplicates: true, // ON CONFLICT DO NOTHING: a concurrent second booking of the same service inserts nothing
      select: { id: true },
    });
    if (created.length !== 1) throw new AppError("CONFLICT", { fieldErrors: { slotId: "appointments:errors.alreadyBooked" } });
    const id = created[0]!.id;
    await recordAudit(tx, actor, { action: "appointments.book", entityType: "Appointment", entityId: id, after: { number, slotId: slot.id, startsAt: slot.startsAt, linked: input.linked || null } });
    await enqueueSms(tx, {
      to: actor.mobile,
      template: "appointmentBooked",
      locale: actor.locale,
      params: { number, service: localName(actor.locale, slot.service), branch: localName(actor.locale, slot.service.branch), when: smsWhen(slot.startsAt, actor.locale) },
      dedupeKey: `appointment-booked:${id}`,
    });
    return { id, number };
  },
});
