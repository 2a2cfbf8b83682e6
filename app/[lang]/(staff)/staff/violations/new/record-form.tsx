"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CoordinatesField } from "@/components/forms/coordinates-field";
import { Field } from "@/components/forms/field";
import { FilePicker } from "@/components/forms/file-picker";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import { ButtonLink } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import type { ArticleOptionDTO } from "@/lib/domain/violations/queries/inspector";
import { MAX_PHOTOS } from "@/lib/domain/violations/rules";
import { formatHalalas } from "@/lib/i18n/money";
import type { Lang } from "@/lib/i18n/settings";
import type { recordViolationAction } from "./actions";
import { groupBillNumber } from "@/lib/domain/payments/ui-format";
import { localText } from "@/lib/kernel/locale";
import violationsMessages from "@/lib/i18n/bundles/violations";

/** What one server action request may carry (next.config serverActions.bodySizeLimit is 12 MB). */
const MAX_REQUEST_BYTES = 11 * 1024 * 1024;

type Done = { number: string; billNumber: string; fineHalalas: number; isRepeat: boolean };

export const RecordViolationForm = withT(function RecordViolationForm({ lang, establishmentId, articles, action }: { lang: Lang; establishmentId: string; articles: ArticleOptionDTO[]; action: typeof recordViolationAction }) {
  const { t } = useT(violationsMessages);
  const [photos, setPhotos] = useState<File[]>([]);
  const [done, setDone] = useState<Done | null>(null);

  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/violations/schemas").then((m) => m.ZRecordViolationForm),
    defaultValues: { establishmentId, articleId: "", fine: "", notes: "", latitude: "", longitude: "" },
    action: async (values) => {
      const total = photos.reduce((n, p) => n + p.size, 0);
      if (total > MAX_REQUEST_BYTES) return { ok: false, fieldErrors: { photos: `violations:record.errors.totalTooLarge?maxMb=${MAX_REQUEST_BYTES / 1024 / 1024}` } };
      return action({ ...values, photos });
    },
    onSuccess: (data) => {
      if (data) setDone({ number: data.number, billNumber: data.billNumber, fineHalalas: data.fineHalalas, isRepeat: data.isRepeat });
    },
  });

  const articleId = form.watch("articleId");
  const article = articles.find((a) => a.id === articleId);
  const categories = [...new Set(articles.map((a) => (localText(lang, a, "category"))))];

  if (done) {
    return (
      <section data-testid="violation-recorded" role="status" className="rounded-2xl border-2 border-brand-600 bg-brand-50 p-6 text-center shadow-sm">
        <span className="mx-auto mb-3 flex size-14 items-center justify-center rounded-full bg-brand-600 text-white">
          <Icon name="shield" className="size-8" />
        </span>
        <h2 className="text-xl font-bold text-brand-900">{t("violations:record.success.title")}</h2>
        <dl className="mt-5 grid gap-4 sm:grid-cols-3">
          <div className="rounded-xl bg-white p-4">
            <dt className="text-sm text-slate-600">{t("violations:record.success.violationNumber")}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums text-brand-900" dir="ltr" data-testid="violation-number">{done.number}</dd>
          </div>
          <div className="rounded-xl bg-white p-4">
            <dt className="text-sm text-slate-600">{t("violations:record.success.billNumber")}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums text-brand-900" dir="ltr" data-testid="bill-number">{groupBillNumber(done.billNumber)}</dd>
          </div>
          <div className="rounded-xl bg-white p-4">
            <dt className="text-sm text-slate-600">{t("violations:record.success.amount")}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums text-brand-900">{formatHalalas(done.fineHalalas, lang)}</dd>
          </div>
        </dl>
        <p className="mt-4 text-sm text-brand-900">{t("violations:record.success.sms")}</p>
        <ButtonLink href={`/${lang}/staff/violations/new`} className="mt-5">{t("violations:record.success.another")}</ButtonLink>
      </section>
    );
  }

  const labels = {
    articleId: t("violations:record.article"),
    fine: t("violations:record.fine"),
    notes: t("violations:record.notes"),
    latitude: t("violations:record.latitude"),
    longitude: t("violations:record.longitude"),
    photos: t("violations:record.photos"),
    establishmentId: t("violations:record.establishmentTitle"),
  };

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
        <h2 className="text-base font-bold text-brand-900">{t("violations:record.formTitle")}</h2>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />

        <div className="flex flex-col gap-1.5">
          <Select name="articleId" label={labels.articleId} placeholder={t("violations:record.chooseArticle")}>
            {categories.map((c) => (
              <optgroup key={c} label={c}>
                {articles
                  .filter((a) => localText(lang, a, "category") === c)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {`${a.code} — ${localText(lang, a, "title")}`}
                    </option>
                  ))}
              </optgroup>
            ))}
          </Select>
          {article && (
            <div data-testid="fine-range" className={`rounded-lg p-3 text-sm ${article.isRepeat ? "bg-amber-50 text-amber-950" : "bg-sand-100 text-slate-800"}`}>
              <p className="font-bold">{t("violations:record.range", { min: formatHalalas(article.minHalalas, lang), max: formatHalalas(article.maxHalalas, lang) })}</p>
              {article.isRepeat && <p className="mt-1">{t("violations:record.repeat", { multiplier: article.multiplier })}</p>}
            </div>
          )}
        </div>

        <Field name="fine" label={labels.fine} hint={t("violations:record.fineHint")} dir="ltr" inputMode="decimal" autoComplete="off" />

        <TextArea name="notes" label={labels.notes} />

        <FilePicker
          name="photos"
          legend={labels.photos}
          hint={t("violations:record.photosHint")}
          files={photos}
          onChange={setPhotos}
          max={MAX_PHOTOS}
          capture="environment"
          addLabel={t("violations:record.addPhoto")}
          removeLabel={t("violations:record.removePhoto")}
          tooManyKey="violations:record.errors.tooManyPhotos"
        />

        <CoordinatesField
          legend={t("violations:record.location")}
          hint={t("violations:record.locationHint")}
          labels={{ latitude: labels.latitude, longitude: labels.longitude, useMyLocation: t("violations:record.useMyLocation"), locating: t("violations:record.locating"), locationError: t("violations:record.locationError") }}
        />

        <SubmitButton className="w-full py-3 text-base" busyLabel={t("violations:record.submitting")}>
          {t("violations:record.submit")}
        </SubmitButton>
      </form>
    </FormProvider>
  );
});
