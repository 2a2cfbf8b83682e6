import { sectionsCsv } from "@/components/insights/tabular";
import { reportDownload } from "@/components/insights/report-download";

/** A stored report as CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; id: string }> }) {
  return reportDownload(await params, "csv", async (lang, heading, sections) => ({ body: sectionsCsv(lang, heading, sections), type: "text/csv; charset=utf-8" }));
}
