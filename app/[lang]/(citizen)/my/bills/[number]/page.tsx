import Link from "next/link";
import { notFound } from "next/navigation";
import { BillNumber, BillStatusBadge, HowToPay, Money } from "@/components/payments/bill-parts";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getMyBill } from "@/lib/domain/payments/queries/my-bills";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";
import { Fact } from "@/components/ui/facts";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myBill", "number");

/** One of the actor's bills. Someone else's bill number is a 404, exactly like a number that does not exist. */
export default async function MyBillPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number } = await params;
  const actor = await requirePageActor(lang, "bills.mine", `/${lang}/my/bills/${encodeURIComponent(number)}`);
  const t = getT(lang);
  const bill = await getMyBill(actor, number);
  if (!bill) notFound();

  return (
    <>
      <PageHeader
        title={t("payments:myBills.details")}
        subtitle={<BillNumber number={bill.number} className="text-xl text-brand-900" />}
        actions={
          <>
            <Link href={`/${lang}/my/bills`} className={buttonClass("ghost")}>{t("payments:myBills.backToList")}</Link>
            {bill.status === "PAID" && bill.receiptCode && (
              <Link href={`/${lang}/my/bills/${bill.number}/receipt`} className={buttonClass("primary")}>{t("payments:myBills.receipt")}</Link>
            )}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <Card>
            <div className="flex flex-wrap items-center justify-between gap-3">
              <BillStatusBadge status={bill.status} overdue={bill.overdue} lang={lang} />
              <p className="text-3xl font-bold text-brand-800"><Money halalas={bill.totalHalalas} lang={lang} /></p>
            </div>
            <dl className="mt-5 grid grid-cols-2 gap-4 sm:grid-cols-3">
              <Fact label={t("payments:myBills.billNumber")}><BillNumber number={bill.number} /></Fact>
              <Fact label={t("payments:myBills.billerCode")}><span dir="ltr" className="tabular-nums">{bill.billerCode}</span></Fact>
              <Fact label={t("payments:myBills.municipality")}>{localName(lang, bill.municipality)}</Fact>
              <Fact label={t("payments:myBills.payer")}>{bill.payerName}</Fact>
              <Fact label={t("payments:myBills.issuedAt")}><DateText date={bill.issuedAt} lang={lang} /></Fact>
              <Fact label={t("payments:myBills.dueAt")}><DateText date={bill.dueAt} lang={lang} /></Fact>
              <Fact label={t("payments:myBills.expiresAt")}><DateText date={bill.expiresAt} lang={lang} /></Fact>
              {bill.paidAt && <Fact label={t("payments:myBills.paidAt")}><DateText date={bill.paidAt} lang={lang} withTime /></Fact>}
              {bill.cancelledAt && <Fact label={t("payments:myBills.cancelledAt")}><DateText date={bill.cancelledAt} lang={lang} /></Fact>}
            </dl>
          </Card>
          <Table caption={t("payments:myBills.lines")} head={[t("payments:myBills.lineDescription"), t("payments:myBills.lineKind"), t("payments:money.amount")]}>
            {bill.lines.map((l, i) => (
              <tr key={i}>
                <Td>
                  {/* The page's language only (issue 17, item 9): the other language is on the other page. */}
                  <span className="block" data-testid="bill-line">{localText(lang, l, "description")}</span>
                </Td>
                <Td>{t(`payments:myBills.kind.${l.kind}`)}</Td>
                <Td><Money halalas={l.amountHalalas} lang={lang} /></Td>
              </tr>
            ))}
            <tr className="bg-sand-50 font-bold">
              <Td>{t("payments:myBills.total")}</Td>
              <Td>{""}</Td>
              <Td><Money halalas={bill.totalHalalas} lang={lang} /></Td>
            </tr>
          </Table>
        </div>
        {bill.status === "UNPAID" && (
          <aside>
            <HowToPay lang={lang} billerCode={bill.billerCode} number={bill.number} />
          </aside>
        )}
      </div>
    </>
  );
}
