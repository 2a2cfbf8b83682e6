import { defineWorkflow } from "@/lib/kernel/workflow";

/**
 * An appointment (pure), in the one shape (`defineWorkflow`, lib/kernel/workflow.ts):
 *
 *   (citizen books) BOOKED ─reschedule (citizen, before the cut-off)─▶ BOOKED (another slot)
 *                   BOOKED ─cancel (citizen, before the cut-off)─▶ CANCELLED (the seat is free again)
 *                   BOOKED ─checkIn (counter clerk, on the day)─▶ CHECKED_IN
 *                   BOOKED ─noShow (counter clerk, after the slot)─▶ NO_SHOW
 *
 * The time rules arrive in the context (rules.ts computes them from the slot and `now`).
 */
export const APPOINTMENT_STATES = ["BOOKED", "CHECKED_IN", "NO_SHOW", "CANCELLED"] as const;
export type AppointmentState = (typeof APPOINTMENT_STATES)[number];
export const APPOINTMENT_EVENTS = ["reschedule", "cancel", "checkIn", "noShow"] as const;
export type AppointmentEvent = (typeof APPOINTMENT_EVENTS)[number];
export const APPOINTMENT_ROLES = ["CITIZEN", "APPOINTMENTS_CLERK", "ADMIN"] as const;
export type AppointmentRole = (typeof APPOINTMENT_ROLES)[number];

export type AppointmentContext = { beforeCutoff: boolean; onTheDay: boolean; slotOver: boolean };

export const appointmentWorkflow = defineWorkflow<AppointmentState, AppointmentEvent, AppointmentRole, AppointmentContext>({
  name: "appointment",
  states: APPOINTMENT_STATES,
  events: APPOINTMENT_EVENTS,
  rules: [
    { event: "reschedule", from: "BOOKED", role: "CITIZEN", to: "BOOKED", when: (c) => c.beforeCutoff },
    { event: "cancel", from: "BOOKED", role: "CITIZEN", to: "CANCELLED", when: (c) => c.beforeCutoff },
    { event: "checkIn", from: "BOOKED", role: ["APPOINTMENTS_CLERK", "ADMIN"], to: "CHECKED_IN", when: (c) => c.onTheDay },
    { event: "noShow", from: "BOOKED", role: ["APPOINTMENTS_CLERK", "ADMIN"], to: "NO_SHOW", when: (c) => c.slotOver },
  ],
});
