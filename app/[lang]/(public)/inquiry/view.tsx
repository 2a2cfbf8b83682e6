import Link from "next/link";
import type { ReactNode } from "react";
import { fieldErrorText } from "@/components/forms/error-summary-content";
import { PlainErrorSummary } from "@/components/forms/plain-error-summary";
import { PlainField } from "@/components/forms/plain-field";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { Fact } from "@/components/ui/facts";
import type { InquiryOutcome, PublicAnswer } from "@/lib/domain/inquiry/inquire";
import { INQUIRY_KINDS } from "@/lib/domain/inquiry/registry";
import type { FactValue, InquiryFact } from "@/lib/domain/inquiry/types";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

export type InquiryFormValues = { kind: string; number: string; nationalId: string; code: string };
export const EMPTY_VALUES: InquiryFormValues = { kind: "transaction", number: "", nationalId: "", code: "" };

/** Where the owner stands: not asked, a code was sent, or the details are shown. */
export type OwnerStage = "none" | "codeSent";

/** The inquiry as rendered on the server (by the page and by the action): the fields as typed, errors, the answer. */
export function renderInquiry(lang: Lang, opts: { values: InquiryFormValues; fieldErrors: Record<string, string>; formError?: string; attempt: number; outcome: InquiryOutcome | null; stage: OwnerStage; signInHref: string }): ReactNode {
  const t = getT(lang);
  const { values, fieldErrors } = opts;
  const labels = { kind: t("inquiry:kind"), number: t("inquiry:number"), nationalId: t("inquiry:nationalId"), code: t("inquiry:code") };
  const err = (k: string) => fieldErrorText(t, k, fieldErrors[k]);
  const kind = INQUIRY_KINDS.find((k) => k.id === values.kind) ?? INQUIRY_KINDS[0]!;
  return (
    <>
      <div className="space-y-5 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
        <h2 id="inquiry-form-title" className="text-base font-bold text-brand-900">{t("inquiry:formTitle")}</h2>
        <PlainErrorSummary lang={lang} fieldErrors={fieldErrors} formError={opts.formError} labels={labels} submitCount={opts.attempt} />
        <fieldset aria-invalid={fieldErrors.kind ? true : undefined}>
          <legend className="text-sm font-bold text-slate-800">{labels.kind}</legend>
          {fieldErrors.kind && <p id="kind-error" className="text-sm font-bold text-red-700">{err("kind")}</p>}
          <div className="mt-2 grid gap-1 sm:grid-cols-2">
            {INQUIRY_KINDS.map((k) => (
              <label key={k.id} className="flex min-h-11 items-center gap-2 rounded-lg px-2 text-sm hover:bg-sand-50">
                <input id={`kind-${k.id}`} type="radio" name="kind" value={k.id} defaultChecked={kind.id === k.id} className="size-4 shrink-0 accent-brand-600" />
                {t(`inquiry:kinds.${k.id}` as "inquiry:kinds.transaction")}
              </label>
            ))}
          </div>
        </fieldset>
        <PlainField name="number" label={labels.number} hint={t("inquiry:numberHint")} defaultValue={values.number} error={err("number")} dir="ltr" autoComplete="off" spellCheck={false} />
        {/* Only the violation asks for the owner's ID: without JavaScript, CSS shows it when that kind is checked. */}
        <PlainField name="nationalId" label={labels.nationalId} hint={t("inquiry:nationalIdHint")} defaultValue={values.nationalId} error={err("nationalId")} dir="ltr" inputMode="numeric" autoComplete="off" className={fieldErrors.nationalId ? "" : "hidden group-has-[#kind-violation:checked]:flex"} />
        <Button type="submit" name="intent" value="lookup">{t("inquiry:submit")}</Button>
      </div>
      <div aria-live="polite">{renderOutcome(lang, opts)}</div>
    </>
  );
}

function renderOutcome(lang: Lang, opts: Parameters<typeof renderInquiry>[1]): ReactNode {
  const t = getT(lang);
  const o = opts.outcome;
  if (!o) return null;
  if (o.status === "NO_MATCH") return <Alert tone="warning" testId="inquiry-no-match" title={t("inquiry:noMatch")}>{t("inquiry:noMatchHint")}</Alert>;
  if (o.status === "RATE_LIMITED") return <Alert tone="error" testId="inquiry-rate-limited" title={t("inquiry:rateLimited", { minutes: o.minutes })} />;
  if (o.status !== "FOUND") return null;
  const a = o.answer;
  return (
    <section data-testid="inquiry-result" data-type={a.typeKey.split(".").pop()} aria-labelledby="inquiry-result-title" className="space-y-4">
      <div className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
        <h2 id="inquiry-result-title" className="text-base font-bold text-brand-900">{t("inquiry:resultTitle")}</h2>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
          <div>
            <p className="text-sm text-slate-600">{t(a.typeKey as "inquiry:types.tender")}</p>
            <bdi dir="ltr" className="font-mono text-xl font-bold text-brand-900" data-testid="inquiry-number">{a.number}</bdi>
          </div>
          <Badge tone="blue" status={a.status.value} testId="inquiry-status">{t(a.status.key as "inquiry:title")}</Badge>
        </div>
        <Facts lang={lang} facts={a.facts} testId="inquiry-facts" />
        {a.link && <p className="mt-4 text-sm"><Link href={`/${lang}${a.link}`} className="font-bold text-brand-700 underline">{t("inquiry:more")}</Link></p>}
      </div>
      <OwnerPanel lang={lang} answer={a} opts={opts} />
    </section>
  );
}

function OwnerPanel({ lang, answer, opts }: { lang: Lang; answer: PublicAnswer; opts: Parameters<typeof renderInquiry>[1] }) {
  const t = getT(lang);
  if (answer.ownerFacts) {
    return (
      <div className="rounded-xl border-2 border-brand-600 bg-brand-50 p-5" data-testid="inquiry-owner">
        <h3 className="text-base font-bold text-brand-900">{t("inquiry:ownerTitle")}</h3>
        <p className="mt-1 text-sm text-brand-900">{t("inquiry:ownerVisible")}</p>
        <Facts lang={lang} facts={answer.ownerFacts} testId="inquiry-owner-facts" />
      </div>
    );
  }
  if (!answer.ownerMobileMasked) return null;
  const codeError = fieldErrorText(t, "code", opts.fieldErrors.code);
  return (
    <div className="space-y-3 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" data-testid="inquiry-owner-locked">
      <h3 className="text-base font-bold text-brand-900">{t("inquiry:ownerTitle")}</h3>
      <p className="text-sm text-slate-700">{t("inquiry:ownerHint", { mobile: answer.ownerMobileMasked })}</p>
      <div className="flex flex-wrap gap-2">
        <Link href={opts.signInHref} className="inline-flex min-h-11 items-center rounded-lg border border-sand-200 px-4 text-sm font-bold text-brand-700 hover:bg-sand-100">{t("inquiry:ownerSignIn")}</Link>
        <Button type="submit" variant="secondary" name="intent" value="sendCode">{t("inquiry:sendCode")}</Button>
      </div>
      {(opts.stage === "codeSent" || codeError) && (
        <div className="space-y-3 border-t border-sand-200 pt-3">
          {opts.stage === "codeSent" && <p className="text-sm font-bold text-brand-800" role="status" data-testid="inquiry-code-sent">{t("inquiry:codeSent", { mobile: answer.ownerMobileMasked })}</p>}
          <PlainField name="code" label={t("inquiry:code")} defaultValue={opts.values.code} error={codeError} dir="ltr" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          <Button type="submit" name="intent" value="verify">{t("inquiry:verify")}</Button>
        </div>
      )}
    </div>
  );
}

function Facts({ lang, facts, testId }: { lang: Lang; facts: InquiryFact[]; testId: string }) {
  const t = getT(lang);
  return (
    <dl className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2" data-testid={testId}>
      {facts.map((f) => (
        <Fact key={f.label} label={t(f.label as "inquiry:title")}>{value(lang, f.value)}</Fact>
      ))}
    </dl>
  );
}

function value(lang: Lang, v: FactValue): ReactNode {
  switch (v.kind) {
    case "text":
      return <span className="break-words">{v.text}</span>;
    case "code":
      return <bdi dir="ltr" className="font-mono tabular-nums">{v.text}</bdi>;
    case "pair":
      return localName(lang, { nameAr: v.ar, nameEn: v.en });
    case "date":
      return <DateText date={v.date} lang={lang} />;
    case "money":
      return <span className="tabular-nums">{formatHalalas(v.halalas, lang)}</span>;
    case "key":
      return getT(lang)(v.key as "inquiry:title");
  }
}
