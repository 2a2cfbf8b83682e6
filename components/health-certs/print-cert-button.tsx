"use client";

import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";

export function PrintCertButton() {
  const { t } = useT();
  return (
    <Button type="button" onClick={() => window.print()} className="print:hidden">
      {t("healthCerts:cert.print")}
    </Button>
  );
}
