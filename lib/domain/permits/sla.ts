import { addWorkingDays } from "@/lib/kernel/working-days";

/**
 * THE one place that says when a review hop is due. Every hop (arrival at a department by the route, a transfer
 * or a resubmission) gets `permitHopDueAt(department, arrivedAt)`: the department's permitSlaDays (5 when a
 * department has none) as WORKING days of the one working-day calendar (lib/kernel/working-days.ts: Fridays,
 * Saturdays and the public holidays do not count), like every other SLA of the portal.
 */
export const DEFAULT_PERMIT_SLA_DAYS = 5;

export type SlaDepartment = { permitSlaDays: number | null };

export function permitHopDueAt(department: SlaDepartment, arrivedAt: Date): Date {
  const days = department.permitSlaDays ?? DEFAULT_PERMIT_SLA_DAYS;
  return addWorkingDays(arrivedAt, days);
}
