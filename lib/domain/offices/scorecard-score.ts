/**
 * The office scorecard's composite score (pure). Each figure becomes a 0–1 component, weighted:
 *
 *   speed        25 %  median hours from submission to decision: 1 at or under the contract's target,
 *                      falling linearly to 0 at three times the target
 *   SLA          20 %  1 − SLA breaches per application (an application may breach several steps)
 *   returns      15 %  1 − share of applications returned to the applicant at least once
 *   spot checks  15 %  1 − share of re-inspected licenses with a finding (1 when none was checked)
 *   complaints   10 %  1 − complaints per application × 10 (one complaint per 10 applications → 0)
 *   ratings      15 %  (average stars − 1) / 4; neutral 0.5 while no citizen has rated the office
 *
 * An office with no application in the period has no score (null): it is listed, not ranked.
 */
export const SCORE_WEIGHTS = { speed: 25, sla: 20, returns: 15, spotChecks: 15, complaints: 10, ratings: 15 } as const;

export type ScorecardFigures = {
  applications: number;
  decided: number;
  medianHours: number | null;
  slaBreaches: number;
  returned: number;
  spotChecks: number;
  spotCheckFindings: number;
  complaints: number;
  ratingCount: number;
  ratingAverage: number | null;
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function scoreComponents(f: ScorecardFigures, targetMedianHours: number): Record<keyof typeof SCORE_WEIGHTS, number> {
  const apps = Math.max(f.applications, 1);
  const t = Math.max(targetMedianHours, 1);
  return {
    speed: f.medianHours === null ? 0.5 : clamp01((3 * t - f.medianHours) / (2 * t)),
    sla: clamp01(1 - f.slaBreaches / apps),
    returns: clamp01(1 - f.returned / apps),
    spotChecks: f.spotChecks === 0 ? 1 : clamp01(1 - f.spotCheckFindings / f.spotChecks),
    complaints: clamp01(1 - (f.complaints / apps) * 10),
    ratings: f.ratingAverage === null ? 0.5 : clamp01((f.ratingAverage - 1) / 4),
  };
}

/** 0–100 with one decimal, or null when the office had no application in the period. */
export function compositeScore(f: ScorecardFigures, targetMedianHours: number): number | null {
  if (f.applications === 0) return null;
  const c = scoreComponents(f, targetMedianHours);
  const total = (Object.keys(SCORE_WEIGHTS) as (keyof typeof SCORE_WEIGHTS)[]).reduce((sum, k) => sum + SCORE_WEIGHTS[k] * c[k], 0);
  return Math.round(total * 10) / 10;
}

/** Ranking order: scored offices by score (desc), then unscored ones, ties by code. Pure. */
export function rankScorecards<T extends { code: string; score: number | null }>(rows: readonly T[]): (T & { rank: number | null })[] {
  const sorted = [...rows].sort((a, b) => {
    if (a.score === null && b.score === null) return a.code.localeCompare(b.code);
    if (a.score === null) return 1;
    if (b.score === null) return -1;
    return b.score - a.score || a.code.localeCompare(b.code);
  });
  let rank = 0;
  return sorted.map((r) => ({ ...r, rank: r.score === null ? null : ++rank }));
}
