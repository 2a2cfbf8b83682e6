"use client";

import { useT } from "@/components/i18n/use-t";
import { Button } from "@/components/ui/button";

/** Prints the page (receipts, license and health certificates); hidden on paper. */
export function PrintButton({ label = "payments:receipt.print" }: { label?: "payments:receipt.print" | "licensing:certificate.print" | "healthCerts:cert.print" | "catalogue:guide.print" | "permits:certificate.print" | "permitsAfterIssue:print.print" }) {
  const { t } = useT();
  return (
    <Button type="button" onClick={() => window.print()} className="print:hidden">
      {t(label)}
    </Button>
  );
}
