import { durationParts } from "@/lib/domain/licensing/queries/kpi";
import type { Format, Label } from "@/lib/domain/insights/types";
import { formatNumber } from "@/lib/i18n/dates";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

/** Labels and values of the insights DTOs as a person reads them (server side: pages, CSV, XLSX). */
export function labelText(lang: Lang, label: Label): string {
  if ("key" in label) return getT(lang)(label.key as never, (label.params ?? {}) as never) as unknown as string;
  return localName(lang, label);
}

export function valueText(lang: Lang, format: Format, value: number | null): string {
  const t = getT(lang);
  if (value === null) return "—";
  switch (format) {
    case "count":
      return formatNumber(value, lang);
    case "halalas":
      return formatHalalas(Math.round(value), lang);
    case "hours": {
      const { unit, count } = durationParts(value * 3600);
      return t(`licensingOffice:kpi.duration.${unit}`, { count });
    }
    case "days":
      return t("insights:format.days", { count: Math.round(value * 10) / 10, value: formatNumber(Math.round(value * 10) / 10, lang) });
    case "percent":
      return t("insights:format.percent", { value: formatNumber(value, lang) });
    case "rating":
      return t("insights:format.rating", { value: formatNumber(value, lang) });
  }
}

/** A number for a spreadsheet cell: riyals for money (two decimals), the value otherwise. */
export function cellNumber(format: Format, value: number | null): number | null {
  if (value === null) return null;
  return format === "halalas" ? Math.round(value) / 100 : value;
}
