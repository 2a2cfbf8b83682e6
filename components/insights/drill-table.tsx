import { Table, Td } from "@/components/ui/table";
import { labelText } from "@/components/insights/text";
import type { DrillPage, Label } from "@/lib/domain/insights/types";
import { formatGregorian } from "@/lib/i18n/dates";
import { formatHalalas } from "@/lib/i18n/money";
import type { Lang } from "@/lib/i18n/settings";

/** A drill-down cell as text (dates in Riyadh time, money in riyals, labels translated). */
export function drillCellText(lang: Lang, kind: DrillPage["columns"][number]["kind"], v: DrillPage["rows"][number][string]): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "object") return labelText(lang, v as Label);
  if (kind === "date") return formatGregorian(new Date(String(v)), lang, true);
  if (kind === "halalas") return formatHalalas(Number(v), lang);
  return String(v);
}

export function DrillTable({ lang, page }: { lang: Lang; page: DrillPage }) {
  return (
    <Table caption={labelText(lang, page.title)} head={page.columns.map((c) => labelText(lang, c.label))}>
      {page.rows.map((r, i) => (
        <tr key={i}>
          {page.columns.map((c) => (
            <Td key={c.key} className={c.kind === "halalas" || c.key === "number" || c.key === "reference" ? "tabular-nums" : undefined}>
              {c.key === "number" || c.key === "reference" || c.key === "receipt" ? <bdi dir="ltr">{drillCellText(lang, c.kind, r[c.key] ?? null)}</bdi> : drillCellText(lang, c.kind, r[c.key] ?? null)}
            </Td>
          ))}
        </tr>
      ))}
    </Table>
  );
}
