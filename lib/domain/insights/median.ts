/**
 * Medians from duration histograms ({ "<whole hours>": count }): the daily rows keep a histogram rather than a
 * median, because medians of days do not combine into the median of a month; histograms add up exactly.
 */
export type Histogram = Record<string, number>;

export function mergeHistograms(hs: readonly (Histogram | null | undefined)[]): Histogram {
  const out: Histogram = {};
  for (const h of hs) for (const [k, n] of Object.entries(h ?? {})) out[k] = (out[k] ?? 0) + n;
  return out;
}

/**
 * The median bucket (lower median for an even count, as a person reading a sorted list would say), in hours;
 * null for an empty histogram.
 */
export function histogramMedian(h: Histogram): number | null {
  const entries = Object.entries(h)
    .map(([k, n]) => [Number(k), n] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const target = Math.ceil(total / 2);
  let seen = 0;
  for (const [hours, n] of entries) {
    seen += n;
    if (seen >= target) return hours;
  }
  return null;
}
