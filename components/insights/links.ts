import { addDays, type Period } from "@/lib/domain/insights/days";
import type { DrillRef, Level } from "@/lib/domain/insights/types";
import type { Lang } from "@/lib/i18n/settings";

/** The URL parameters that name a dashboard (level, municipality and department codes, days with the last one inclusive). */
export function dashboardParams(d: { scope: { level: Level }; municipality: { code: string } | null; department: { code: string } | null; period: Period; compare?: string }): Record<string, string> {
  return {
    level: d.scope.level,
    ...(d.municipality ? { m: d.municipality.code } : {}),
    ...(d.department ? { d: d.department.code } : {}),
    from: d.period.from,
    to: addDays(d.period.to, -1),
    ...(d.compare ? { compare: d.compare } : {}),
  };
}

export function withParams(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  return `${path}?${q.toString()}`;
}

/** The list behind a number, with the dashboard's scope and period. */
export function drillHref(lang: Lang, base: Record<string, string>, ref: DrillRef): string {
  const { compare: _compare, ...params } = base;
  void _compare;
  return withParams(`/${lang}/staff/insights/list`, { ...params, ind: ref.indicator, list: ref.list, dimA: ref.dimA, dimB: ref.dimB, mun: ref.municipalityId });
}

/** First string value of a search parameter. */
export function param(sp: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = sp[name];
  return Array.isArray(v) ? v[0] : v;
}
