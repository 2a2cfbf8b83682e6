import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { TrendChart } from "@/components/insights/trend-chart";
import { cellNumber, labelText, valueText } from "@/components/insights/text";
import { changePercent, changeTone } from "@/lib/domain/insights/names";
import type { Better, DrillRef, Section } from "@/lib/domain/insights/types";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/** The short label of a trend bucket (day of month and month, Riyadh days are plain dates). */
function bucketLabel(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === "ar" ? "ar-SA-u-ca-gregory-nu-latn" : "en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

const TONE = { good: "text-emerald-700", bad: "text-red-700", neutral: "text-slate-700" } as const;

/**
 * The change since the comparison period: its direction in words and an arrow, coloured by whether it is good news
 * for this figure (`better`), and said in words too for a screen reader — the colour is never the only cue.
 */
function Change({ lang, value, previous, better }: { lang: Lang; value: number | null; previous: number | null; better?: Better }) {
  const t = getT(lang);
  const pct = changePercent(value, previous);
  if (pct === null) return <span className="text-slate-500">{t("insights:change.none")}</span>;
  if (pct === 0) return <span className="text-slate-600">{t("insights:change.same")}</span>;
  const tone = changeTone(pct, better);
  return (
    <span className={TONE[tone]} data-change={pct > 0 ? "up" : "down"} data-tone={tone}>
      {pct > 0 ? "▲ " : "▼ "}
      {t(pct > 0 ? "insights:change.up" : "insights:change.down", { value: formatNumber(Math.abs(pct), lang) })}
      {tone !== "neutral" && <span className="sr-only"> — {t(tone === "good" ? "insights:change.better" : "insights:change.worse")}</span>}
    </span>
  );
}

/**
 * One indicator's section of a dashboard or report: figures with their comparison and change, the trend as a
 * chart followed by its table, and the breakdowns. `drillHref` turns a number into a link to the list behind it
 * (absent on stored reports).
 */
export function SectionView({ lang, section, drillHref, openTables = false }: { lang: Lang; section: Section; drillHref?: (d: DrillRef) => string; /** Printed reports show the chart's table open. */ openTables?: boolean }) {
  const t = getT(lang);
  const title = labelText(lang, section.title);
  const seriesFormat = section.trend.series[0]?.format ?? "count";
  const chartPoints = section.trend.points.map((p) => ({
    label: bucketLabel(p.day, lang),
    ...Object.fromEntries(Object.entries(p.values).map(([k, v]) => [k, cellNumber(seriesFormat, v)])),
  }));
  return (
    <section aria-labelledby={`section-${section.key}`} className="mb-8 break-inside-avoid-page" data-testid={`section-${section.key}`}>
      <h2 id={`section-${section.key}`} className="mb-3 text-xl font-bold text-brand-900">{title}</h2>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {section.figures.map((f) => {
          const value = valueText(lang, f.format, f.value);
          return (
            <div key={f.key} className="rounded-xl border border-sand-200 bg-white p-4 shadow-sm" data-testid={`figure-${section.key}-${f.key}`}>
              <p className="text-sm text-slate-600">{labelText(lang, f.label)}</p>
              <p className="mt-1 text-2xl font-bold text-brand-800 tabular-nums">
                {f.drill && drillHref ? (
                  <Link href={drillHref(f.drill)} className="underline decoration-brand-200 underline-offset-4 hover:decoration-brand-700" aria-label={`${labelText(lang, f.label)}: ${value} — ${t("insights:showList")}`}>
                    {value}
                  </Link>
                ) : (
                  value
                )}
              </p>
              <p className="mt-1 text-xs text-slate-500">{t("insights:previousValue", { value: valueText(lang, f.format, f.previous) })}</p>
              <p className="mt-1 text-xs font-bold"><Change lang={lang} value={f.value} previous={f.previous} better={f.better} /></p>
            </div>
          );
        })}
      </div>

      <Card title={`${t("insights:trend")} — ${title}`} className="mt-4">
        <TrendChart label={t("insights:chartLabel", { title: `${t("insights:trend")} — ${title}` })} series={section.trend.series.map((s) => ({ key: s.key, name: labelText(lang, s.label) }))} points={chartPoints} rtl={lang === "ar"} />
        {openTables ? (
          <div className="mt-3">
            <TrendTable lang={lang} section={section} />
          </div>
        ) : (
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-bold text-brand-700">{t("insights:chartTable")}</summary>
            <div className="mt-2">
              <TrendTable lang={lang} section={section} />
            </div>
          </details>
        )}
      </Card>

      {section.breakdowns.map((b) => (
        <div key={b.key} className="mt-4">
          <h3 className="mb-2 font-bold text-brand-900">{labelText(lang, b.title)}</h3>
          {b.rows.length === 0 ? (
            <p className="rounded-xl border border-sand-200 bg-white p-4 text-sm text-slate-600">{t("insights:empty")}</p>
          ) : (
            <Table caption={labelText(lang, b.title)} head={[labelText(lang, b.dimension), ...b.columns.map((c) => labelText(lang, c.label))]}>
              {b.rows.map((r) => (
                <tr key={r.id}>
                  <Td>{r.drill && drillHref ? <Link className="font-bold text-brand-700 underline-offset-4 hover:underline" href={drillHref(r.drill)}>{labelText(lang, r.label)}</Link> : labelText(lang, r.label)}</Td>
                  {b.columns.map((c) => (
                    <Td key={c.key} className="tabular-nums">{valueText(lang, c.format, r.values[c.key] ?? null)}</Td>
                  ))}
                </tr>
              ))}
            </Table>
          )}
        </div>
      ))}
    </section>
  );
}

/** The chart's figures as a table (also what a printed report shows under the chart). */
export function TrendTable({ lang, section }: { lang: Lang; section: Section }) {
  const t = getT(lang);
  return (
    <Table caption={`${t("insights:chartTable")} — ${labelText(lang, section.title)}`} head={[t("insights:cols.bucket"), ...section.trend.series.map((s) => labelText(lang, s.label))]}>
      {section.trend.points.map((p) => (
        <tr key={p.day}>
          <Td><bdi dir="ltr">{p.day}</bdi></Td>
          {section.trend.series.map((s) => (
            <Td key={s.key} className="tabular-nums">{valueText(lang, s.format, p.values[s.key] ?? null)}</Td>
          ))}
        </tr>
      ))}
    </Table>
  );
}
