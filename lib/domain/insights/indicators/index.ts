import { appointmentsIndicator } from "@/lib/domain/insights/indicators/appointments";
import { complaintsIndicator } from "@/lib/domain/insights/indicators/complaints";
import { kiosksIndicator } from "@/lib/domain/insights/indicators/kiosks";
import { licensesIndicator } from "@/lib/domain/insights/indicators/licenses";
import { slaIndicator } from "@/lib/domain/insights/indicators/licensing-sla";
import { permitsIndicator } from "@/lib/domain/insights/indicators/permits";
import { revenueIndicator } from "@/lib/domain/insights/indicators/revenue";
import { violationsIndicator } from "@/lib/domain/insights/indicators/violations";
import type { Indicator } from "@/lib/domain/insights/types";

/**
 * The registry of dashboard indicators, in the order the dashboards show them. Adding one (permits,
 * appointments, kiosks …) is one file beside these and one line here: the job backfills it on its next run
 * (no watermark yet), the dashboards, reports, CSV and drill-down pick it up (README, "Decision support").
 */
export const INDICATORS: readonly Indicator[] = [licensesIndicator, slaIndicator, complaintsIndicator, violationsIndicator, revenueIndicator, permitsIndicator, appointmentsIndicator, kiosksIndicator];

export function indicatorByKey(key: string): Indicator | undefined {
  return INDICATORS.find((i) => i.key === key);
}
