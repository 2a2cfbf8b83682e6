import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BillNumber, Money } from "@/components/payments/bill-parts";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { verifyReceipt } from "@/lib/domain/payments/queries/public-bills";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { Fact } from "@/components/ui/facts";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("verifyReceipt", undefined, { robots: { index: false, follow: false } });

/** Public: anyone holding a receipt (or its QR code) can check that it is genuine and the bill is paid. */
export default async function VerifyReceiptPage({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const lang = await langOf(params);
  const { code } = await params;
  const t = getT(lang);
  const receipt = await verifyReceipt(code);
  if (!receipt) notFound();

  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("payments:verify.title")}</h1>
      <section data-testid="receipt-verified" className="mt-6 overflow-hidden rounded-xl border border-brand-200 bg-white shadow-sm">
        <div className="flex items-center gap-4 bg-brand-50 p-5">
          <span className="flex size-12 shrink-0 items-center justify-center rounded-full bg-brand-600 text-white" aria-hidden="true">
            <svg viewBox="0 0 24 24" className="size-7" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round"><path d="m5 12.5 4.5 4.5L19 7.5" /></svg>
          </span>
          <div>
            <p className="text-lg font-bold text-brand-900">{t("payments:verify.valid")}</p>
            <p className="text-sm text-brand-900">{t("payments:verify.validBody")}</p>
          </div>
        </div>
        <dl className="grid grid-cols-1 gap-4 p-5 sm:grid-cols-2">
          <Fact label={t("payments:verify.status")}><Badge tone="green">{t("payments:verify.paid")}</Badge></Fact>
          <Fact label={t("payments:receipt.receiptCode")}><span dir="ltr" className="font-mono font-bold">{receipt.receiptCode}</span></Fact>
          <Fact label={t("payments:myBills.billNumber")}><BillNumber number={receipt.billNumber} className="text-lg" /></Fact>
          <Fact label={t("payments:receipt.amountPaid")}><Money halalas={receipt.totalHalalas} lang={lang} className="text-lg font-bold text-brand-800" /></Fact>
          <Fact label={t("payments:myBills.paidAt")}><DateText date={receipt.paidAt} lang={lang} withTime /></Fact>
          <Fact label={t("payments:myBills.municipality")}>{localName(lang, receipt.municipality)}</Fact>
          <Fact label={t("payments:verify.payer")}><span data-testid="masked-payer">{receipt.maskedPayerName}</span></Fact>
          <Fact label={t("payments:myBills.billerCode")}><span dir="ltr" className="tabular-nums">{receipt.billerCode}</span></Fact>
        </dl>
      </section>
      <p className="mt-6 text-sm">
        <Link className="font-bold text-brand-700 underline" href={`/${lang}/bills/inquiry`}>{t("payments:verify.inquiryLink")}</Link>
      </p>
    </div>
  );
}
