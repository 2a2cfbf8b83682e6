/**
 * THE one place that says when a review hop is due. Every hop (arrival at a department by the route, a transfer
 * or a resubmission) gets `permitHopDueAt(department, arrivedAt)`. Today: the department's permitSlaDays as
 * calendar days (5 when a department has none). The working-day calendar (weekends, public holidays) is plugged
 * in here by the lead; nothing else computes a permit's due time.
 */
export const DEFAULT_PERMIT_SLA_DAYS = 5;
const DAY_MS = 86_400_000;

export type SlaDepartment = { permitSlaDays: number | null };

export function permitHopDueAt(department: SlaDepartment, arrivedAt: Date): Date {
  const days = department.permitSlaDays ?? DEFAULT_PERMIT_SLA_DAYS;
  return new Date(arrivedAt.getTime() + days * DAY_MS);
}
