import { PrintPageStyle } from "@/components/ui/print-page-style";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BillNumber, Money } from "@/components/payments/bill-parts";
import { PrintButton } from "@/components/ui/print-button";
import { Logo } from "@/components/shells/logo";
import { buttonClass } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getMyReceipt } from "@/lib/domain/payments/queries/my-bills";
import { qrSvgDataUrl, receiptVerificationUrl } from "@/lib/domain/payments/receipt-qr";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";
import { Fact } from "@/components/ui/facts";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myReceipt", "number");

/** The printable receipt of one of the actor's paid bills (A4; the shell hides itself in print). */
export default async function ReceiptPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number } = await params;
  const actor = await requirePageActor(lang, "bills.mine", `/${lang}/my/bills/${encodeURIComponent(number)}/receipt`);
  const t = getT(lang);
  const receipt = await getMyReceipt(actor, number);
  if (!receipt) notFound();
  const verifyUrl = receiptVerificationUrl(lang, receipt.verifyCode);
  const qr = await qrSvgDataUrl(verifyUrl);
  const municipality = localName(lang, receipt.municipality);

  return (
    <>
      <PrintPageStyle margin="14mm" />
      <div className="mb-4 flex flex-wrap justify-between gap-2 print:hidden">
        <Link href={`/${lang}/my/bills/${receipt.number}`} className={buttonClass("ghost")}>{t("payments:myBills.details")}</Link>
        <PrintButton label={t("payments:receipt.print")} />
      </div>
      <article data-testid="receipt" className="mx-auto max-w-3xl rounded-xl border border-sand-200 bg-white p-8 shadow-sm print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none">
        <header className="flex items-start justify-between gap-4 border-b-2 border-brand-700 pb-4">
          <div className="flex items-center gap-3">
            <Logo />
            <div>
              <p className="text-lg font-bold text-brand-900">{t("common:portalName")}</p>
              <p className="text-sm text-slate-600">{municipality}</p>
            </div>
          </div>
          <div className="text-end">
            <h1 className="text-2xl font-bold text-brand-900">{t("payments:receipt.title")}</h1>
            <p className="text-xs text-slate-600">{t("payments:receipt.subtitle")}</p>
          </div>
        </header>

        <div className="mt-6 flex flex-col gap-6 sm:flex-row sm:items-start sm:justify-between print:flex-row">
          <dl className="grid flex-1 grid-cols-2 gap-x-6 gap-y-4">
            <Fact label={t("payments:receipt.receiptCode")}><span dir="ltr" className="font-mono text-base font-bold" data-testid="receipt-code">{receipt.receiptCode}</span></Fact>
            <Fact label={t("payments:myBills.billNumber")}><BillNumber number={receipt.number} className="text-base" /></Fact>
            <Fact label={t("payments:myBills.billerCode")}><span dir="ltr" className="tabular-nums">{receipt.billerCode}</span></Fact>
            <Fact label={t("payments:myBills.municipality")}>{municipality}</Fact>
            <Fact label={t("payments:receipt.payerName")}>{receipt.payerName}</Fact>
            {receipt.payerNationalId ? (
              <Fact label={t("payments:receipt.payerId")}><span dir="ltr" className="tabular-nums">{receipt.payerNationalId}</span></Fact>
            ) : receipt.payerCrNumber ? (
              <Fact label={t("payments:receipt.payerCr")}><span dir="ltr" className="tabular-nums">{receipt.payerCrNumber}</span></Fact>
            ) : null}
            <Fact label={t("payments:myBills.paidAt")}><DateText date={receipt.paidAt} lang={lang} withTime /></Fact>
            <Fact label={t("payments:receipt.bankTxnId")}><span dir="ltr" className="break-all font-mono text-xs">{receipt.bankTxnId}</span></Fact>
            <Fact label={t("payments:receipt.bankCode")}><span dir="ltr" className="font-mono">{receipt.bankCode}</span></Fact>
          </dl>
          <figure className="flex shrink-0 flex-col items-center gap-2 text-center">
            {/* eslint-disable-next-line @next/next/no-img-element -- a server-rendered data URL */}
            <img src={qr} alt={t("payments:receipt.qrAlt")} width={144} height={144} className="size-36" data-testid="receipt-qr" />
            <figcaption className="max-w-40 text-xs text-slate-600">{t("payments:receipt.qrCaption")}</figcaption>
          </figure>
        </div>

        <table className="mt-8 w-full text-sm">
          <caption className="sr-only">{t("payments:myBills.lines")}</caption>
          <thead>
            <tr className="border-b border-sand-200 text-slate-600">
              <th scope="col" className="py-2 text-start font-bold">{t("payments:myBills.lineDescription")}</th>
              <th scope="col" className="py-2 text-end font-bold">{t("payments:money.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {receipt.lines.map((l, i) => (
              <tr key={i} className="border-b border-sand-100">
                <td className="py-2">{localText(lang, l, "description")}</td>
                <td className="py-2 text-end"><Money halalas={l.amountHalalas} lang={lang} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="pt-3 text-start text-base font-bold">{t("payments:receipt.amountPaid")}</th>
              <td className="pt-3 text-end text-xl font-bold text-brand-800"><Money halalas={receipt.amountHalalas} lang={lang} /></td>
            </tr>
          </tfoot>
        </table>

        <div className="mt-8 flex items-center justify-between gap-4 border-t border-sand-200 pt-4">
          <div className="min-w-0 text-xs text-slate-600">
            <p>{t("payments:receipt.issuedBy")}</p>
            <p className="mt-1">
              {t("payments:receipt.verifyAt")}{" "}
              <span dir="ltr" className="inline-block wrap-anywhere font-mono text-slate-800" data-testid="receipt-verify-url">{verifyUrl}</span>
            </p>
          </div>
          <span className="shrink-0 -rotate-6 rounded-lg border-4 border-brand-600 px-4 py-1 text-xl font-bold text-brand-700" aria-hidden="true">
            {t("payments:receipt.paidStamp")}
          </span>
        </div>
      </article>
    </>
  );
}
