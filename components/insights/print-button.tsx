"use client";

import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { Button } from "@/components/ui/button";
import insightsMessages from "@/lib/i18n/bundles/insights";

/** Prints the report (A4, the shell's navigation and the buttons hidden on paper). */
export const ReportPrintButton = withT(function ReportPrintButton() {
  const { t } = useT(insightsMessages);
  return (
    <Button type="button" onClick={() => window.print()} className="print:hidden">
      {t("insights:reports.print")}
    </Button>
  );
});
