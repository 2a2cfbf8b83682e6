import Link from "next/link";
import type { ReactNode } from "react";
import { fieldErrorText } from "@/components/forms/error-summary-content";
import { PlainErrorSummary } from "@/components/forms/plain-error-summary";
import { PlainField } from "@/components/forms/plain-field";
import { BillNumber, BillStatusBadge, HowToPay, Money } from "@/components/payments/bill-parts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import type { InquiryResult } from "@/lib/domain/payments/queries/public-bills";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { Fact } from "@/components/ui/facts";
import { localName } from "@/lib/kernel/locale";

export type InquiryValues = { billNumber: string; payerType: "person" | "establishment"; nationalId: string; crNumber: string };
export const EMPTY_INQUIRY: InquiryValues = { billNumber: "", payerType: "person", nationalId: "", crNumber: "" };

/** What the inquiry shows: the form's fields (as typed, with their errors) and the answer. Rendered on the server, by the page and by the action. */
export type InquiryView = { form: ReactNode; result: ReactNode };

export function renderInquiry(lang: Lang, values: InquiryValues, fieldErrors: Record<string, string>, submitted: boolean, result: InquiryResult | null, attempt = 0): InquiryView {
  const t = getT(lang);
  const labels = { billNumber: t("payments:inquiry.billNumber"), nationalId: t("payments:inquiry.nationalId"), crNumber: t("payments:inquiry.crNumber"), payerType: t("payments:inquiry.payerType") };
  const form = (
    <>
      <h2 id="inquiry-form-title" className="text-base font-bold text-brand-900">{t("payments:inquiry.formTitle")}</h2>
      <PlainErrorSummary lang={lang} fieldErrors={fieldErrors} labels={labels} submitCount={submitted ? attempt : 0} />
      <PlainField name="billNumber" label={labels.billNumber} hint={t("payments:inquiry.billNumberHint")} defaultValue={values.billNumber} error={fieldErrorText(t, "billNumber", fieldErrors.billNumber)} dir="ltr" inputMode="numeric" autoComplete="off" />
      <fieldset>
        <legend className="text-sm font-bold text-slate-800">{labels.payerType}</legend>
        <div className="mt-2 flex flex-col gap-1 sm:flex-row sm:gap-5">
          {(["person", "establishment"] as const).map((k) => (
            <label key={k} className="flex min-h-11 items-center gap-2 text-sm">
              <input id={`payer-${k}`} type="radio" name="payerType" value={k} defaultChecked={values.payerType === k} className="size-4 accent-brand-600" />
              {t(k === "person" ? "payments:inquiry.payerPerson" : "payments:inquiry.payerEstablishment")}
            </label>
          ))}
        </div>
      </fieldset>
      {/* Without JavaScript the field that does not apply is hidden by CSS (:has on the checked radio). */}
      <PlainField name="nationalId" label={labels.nationalId} defaultValue={values.nationalId} error={fieldErrorText(t, "nationalId", fieldErrors.nationalId)} dir="ltr" inputMode="numeric" autoComplete="off" className="group-has-[#payer-establishment:checked]:hidden" />
      <PlainField name="crNumber" label={labels.crNumber} defaultValue={values.crNumber} error={fieldErrorText(t, "crNumber", fieldErrors.crNumber)} dir="ltr" inputMode="numeric" autoComplete="off" className="hidden group-has-[#payer-establishment:checked]:flex" />
      <Button type="submit">{t("payments:inquiry.submit")}</Button>
    </>
  );
  const answer = (
    <>
      {result?.status === "NO_MATCH" && (
        <Alert tone="warning" testId="inquiry-no-match" title={t("payments:inquiry.noMatch")}>{t("payments:inquiry.noMatchHint")}</Alert>
      )}
      {result?.status === "RATE_LIMITED" && <Alert tone="error" testId="inquiry-rate-limited" title={t("payments:inquiry.rateLimited", { minutes: result.minutes })} />}
      {result?.status === "FOUND" && (
        <section data-testid="inquiry-result" aria-labelledby="inquiry-result-title" className="space-y-4">
          <div className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
            <h2 id="inquiry-result-title" className="text-base font-bold text-brand-900">{t("payments:inquiry.resultTitle")}</h2>
            <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
              <BillNumber number={result.bill.number} className="text-2xl text-brand-900" />
              <BillStatusBadge status={result.bill.status} overdue={result.bill.overdue} lang={lang} />
            </div>
            <p className="mt-3 text-3xl font-bold text-brand-800"><Money halalas={result.bill.totalHalalas} lang={lang} /></p>
            <dl className="mt-4 grid grid-cols-2 gap-4">
              <Fact label={t("payments:myBills.municipality")}>{localName(lang, result.bill.municipality)}</Fact>
              <Fact label={t("payments:myBills.billerCode")}><span dir="ltr" className="tabular-nums">{result.bill.billerCode}</span></Fact>
              {result.bill.paidAt ? (
                <Fact label={t("payments:myBills.paidAt")}><DateText date={result.bill.paidAt} lang={lang} /></Fact>
              ) : (
                <Fact label={t("payments:myBills.dueAt")}><DateText date={result.bill.dueAt} lang={lang} /></Fact>
              )}
              <Fact label={t("payments:myBills.expiresAt")}><DateText date={result.bill.expiresAt} lang={lang} /></Fact>
            </dl>
            <p className="mt-4 text-sm">
              <Link href={`/${lang}/sign-in?callbackUrl=${encodeURIComponent(`/${lang}/my/bills`)}`} className="font-bold text-brand-700 underline">{t("payments:inquiry.signInForMore")}</Link>
            </p>
          </div>
          {result.bill.status === "UNPAID" && <HowToPay lang={lang} billerCode={result.bill.billerCode} number={result.bill.number} />}
        </section>
      )}
    </>
  );
  return { form, result: answer };
}
