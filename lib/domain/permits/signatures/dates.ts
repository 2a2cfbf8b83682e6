/** Adds calendar months in UTC (a permit's validity: the kind's months from its issue). */
export function addMonths(d: Date, months: number): Date {
  const out = new Date(d);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}
