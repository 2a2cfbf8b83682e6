import clsx from "clsx";
import { Badge } from "@/components/ui/badge";
import { LtrSentence } from "@/components/ui/ltr";
import { groupBillNumber } from "@/lib/domain/payments/ui-format";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

type Status = "UNPAID" | "PAID" | "EXPIRED" | "CANCELLED";
const STATUS_TONE = { UNPAID: "amber", PAID: "green", EXPIRED: "slate", CANCELLED: "slate" } as const;

/** A bill number as people read it aloud: left-to-right, grouped in fours, tabular digits. */
export function BillNumber({ number, className }: { number: string; className?: string }) {
  return (
    <span dir="ltr" className={clsx("inline-block font-mono font-bold tracking-wider tabular-nums", className)} data-testid="bill-number">
      {groupBillNumber(number)}
    </span>
  );
}

/**
 * The one bill status badge (data-status, test id "bill-status"). `of="fine"` words it for a violation's
 * fine («مسددة»), where an expired bill is a problem rather than a closed matter.
 */
export function BillStatusBadge({ status, overdue, lang, of = "bill" }: { status: Status; overdue?: boolean; lang: Lang; of?: "bill" | "fine" }) {
  const t = getT(lang);
  const label = of === "fine" ? t(`violations:billStatus.${status}`) : t(`payments:myBills.status.${status}`);
  const badge = <Badge tone={of === "fine" && status === "EXPIRED" ? "red" : STATUS_TONE[status]} status={status} testId="bill-status">{label}</Badge>;
  if (!overdue) return badge;
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {badge}
      <Badge tone="red">{t("payments:myBills.overdue")}</Badge>
    </span>
  );
}

/** An amount in halalas as "1,250.00 ر.س" that never wraps between the number and the currency. */
export function Money({ halalas, lang, className }: { halalas: number; lang: Lang; className?: string }) {
  return <span className={clsx("whitespace-nowrap tabular-nums", className)}>{formatHalalas(halalas, lang)}</span>;
}

/** The SADAD steps: any bank channel → SADAD → biller code → bill number. */
export function HowToPay({ lang, billerCode, number }: { lang: Lang; billerCode: string; number: string }) {
  const t = getT(lang);
  return (
    <section aria-labelledby={`how-${number}`} className="rounded-xl border border-sky-200 bg-sky-50 p-4 text-sky-950 print:hidden">
      <h2 id={`how-${number}`} className="font-bold">{t("payments:myBills.howToPay.title")}</h2>
      <p className="mt-1 text-sm">{t("payments:myBills.howToPay.intro")}</p>
      <ol className="mt-3 list-decimal space-y-1.5 ps-5 text-sm">
        <li>{t("payments:myBills.howToPay.step1")}</li>
        <li data-testid="sadad-step-biller"><LtrSentence t={t} k="payments:myBills.howToPay.step2" values={{ billerCode }} className="font-bold" /></li>
        <li data-testid="sadad-step-number"><LtrSentence t={t} k="payments:myBills.howToPay.step3" values={{ number: groupBillNumber(number) }} className="font-bold" /></li>
      </ol>
      <p className="mt-3 text-xs text-sky-900">{t("payments:myBills.howToPay.note")}</p>
    </section>
  );
}

/** A label / value pair of a bill's facts. */
