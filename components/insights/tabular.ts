import ExcelJS from "exceljs";
import { cellNumber, labelText } from "@/components/insights/text";
import type { Section } from "@/lib/domain/insights/types";
import { toCsv } from "@/lib/domain/payments/csv";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/** The sections of a dashboard or report as tables for CSV and XLSX: figures, trend, breakdowns. Money in riyals, durations in hours. */
export type Block = { title: string; head: string[]; rows: (string | number | null)[][] };

export function sectionBlocks(lang: Lang, section: Section): Block[] {
  const t = getT(lang);
  const title = labelText(lang, section.title);
  const blocks: Block[] = [
    {
      title,
      head: [t("insights:csv.item"), t("insights:csv.value"), t("insights:csv.previous")],
      rows: section.figures.map((f) => [labelText(lang, f.label), cellNumber(f.format, f.value), cellNumber(f.format, f.previous)]),
    },
    {
      title: `${t("insights:trend")} — ${title}`,
      head: [t("insights:cols.bucket"), ...section.trend.series.map((s) => labelText(lang, s.label))],
      rows: section.trend.points.map((p) => [p.day, ...section.trend.series.map((s) => cellNumber(s.format, p.values[s.key] ?? null))]),
    },
  ];
  for (const b of section.breakdowns) {
    blocks.push({
      title: labelText(lang, b.title),
      head: [labelText(lang, b.dimension), ...b.columns.map((c) => labelText(lang, c.label))],
      rows: b.rows.map((r) => [labelText(lang, r.label), ...b.columns.map((c) => cellNumber(c.format, r.values[c.key] ?? null))]),
    });
  }
  return blocks;
}

/** CSV (UTF-8 with BOM, CRLF, formula cells defused by toCsv): a heading line, then each block under its title. */
export function sectionsCsv(lang: Lang, heading: string[], sections: Section[]): string {
  const table: (string | number)[][] = [heading];
  for (const s of sections) {
    for (const b of sectionBlocks(lang, s)) {
      table.push([], [b.title], b.head, ...b.rows.map((r) => r.map((c) => c ?? "")));
    }
  }
  return toCsv(table);
}

/** XLSX (exceljs): one sheet per section, right-to-left in Arabic, bold titles and headers. */
export async function sectionsXlsx(lang: Lang, heading: string[], sections: Section[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Amanah portal";
  for (const s of sections) {
    const ws = wb.addWorksheet(labelText(lang, s.title).slice(0, 31), { views: [{ rightToLeft: lang === "ar" }] });
    ws.addRow(heading).font = { bold: true, size: 13 };
    for (const b of sectionBlocks(lang, s)) {
      ws.addRow([]);
      ws.addRow([b.title]).font = { bold: true, size: 12 };
      ws.addRow(b.head).font = { bold: true };
      for (const r of b.rows) ws.addRow(r);
    }
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 40 : 20));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
