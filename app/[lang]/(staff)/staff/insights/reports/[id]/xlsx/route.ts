import { sectionsXlsx } from "@/components/insights/tabular";
import { reportDownload } from "@/components/insights/report-download";

/** A stored report as an Excel workbook (exceljs): one sheet per section, right-to-left in Arabic. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; id: string }> }) {
  return reportDownload(await params, "xlsx", async (lang, heading, sections) => ({
    body: new Uint8Array(await sectionsXlsx(lang, heading, sections)),
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  }));
}
