"use client";

import { Button } from "@/components/ui/button";

/**
 * Prints the page (receipts, license and health certificates); hidden on paper. The label comes translated from
 * the server page, so the button brings no dictionary of its own (decision 037).
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()} className="print:hidden">
      {label}
    </Button>
  );
}
