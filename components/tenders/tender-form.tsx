"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { FilePicker } from "@/components/forms/file-picker";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { TENDER_ACTIVITIES } from "@/lib/domain/tenders/activities";
import { MAX_BOOKLETS, type TenderFormInput } from "@/lib/domain/tenders/schemas";
import type { Lang } from "@/lib/i18n/settings";
import tendersMessages from "@/lib/i18n/bundles/tenders";

type Done = { id: string; number: string };
type Municipality = { id: string; name: string };

/**
 * Publishes a tender, or edits one (`tenderId` set): texts, activity, municipality, booklet price, the three
 * dates (Riyadh time) and the booklet PDF (kept outside react-hook-form, added to the action's input).
 */
export const TenderForm = withT(function TenderForm({ lang, municipalities, action, tenderId, initial }: { lang: Lang; municipalities: Municipality[]; action: (input: unknown) => Promise<ActionResult<Done>>; tenderId?: string; initial?: TenderFormInput }) {
  const { t } = useT(tendersMessages);
  const [booklet, setBooklet] = useState<File[]>([]);
  const [done, setDone] = useState<Done | null>(null);
  const editing = !!tenderId;
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/tenders/schemas").then((m) => (editing ? m.ZEditTenderForm : m.ZTenderForm)),
    defaultValues: { ...(editing ? { tenderId } : {}), titleAr: "", titleEn: "", descriptionAr: "", descriptionEn: "", activity: "" as never, municipalityId: municipalities.length === 1 ? municipalities[0]!.id : "", bookletPrice: "" as never, questionsUntil: "" as never, offersDeadline: "" as never, openingAt: "" as never, ...initial },
    action: async (values) => {
      if (!editing && booklet.length === 0) return { ok: false, fieldErrors: { booklet: "tenders:errors.bookletRequired" } };
      return action({ ...values, booklet });
    },
    onSuccess: (data) => data && setDone(data),
  });
  if (done) {
    return (
      <div className="space-y-3">
        <Alert tone="success" testId="tender-saved" title={editing ? t("tenders:staff.edited") : t("tenders:staff.published", { number: done.number })} />
        <ButtonLink href={`/${lang}/staff/tenders/${done.number}`}>{t("tenders:staff.viewIt")}</ButtonLink>
      </div>
    );
  }
  const labels = {
    titleAr: t("tenders:fields.titleAr"),
    titleEn: t("tenders:fields.titleEn"),
    descriptionAr: t("tenders:fields.descriptionAr"),
    descriptionEn: t("tenders:fields.descriptionEn"),
    activity: t("tenders:fields.activity"),
    municipalityId: t("tenders:fields.municipality"),
    bookletPrice: t("tenders:fields.bookletPrice"),
    questionsUntil: t("tenders:fields.questionsUntil"),
    offersDeadline: t("tenders:fields.offersDeadline"),
    openingAt: t("tenders:fields.openingAt"),
    booklet: editing ? t("tenders:staff.newBooklet") : t("tenders:fields.booklet"),
    tenderId: t("tenders:fields.number"),
  };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label={editing ? t("tenders:staff.editTitle") : t("tenders:staff.newTenderTitle")}>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="grid gap-5 md:grid-cols-2">
          <Field name="titleAr" label={labels.titleAr} dir="rtl" />
          <Field name="titleEn" label={labels.titleEn} dir="ltr" />
          <TextArea name="descriptionAr" label={labels.descriptionAr} rows={4} dir="rtl" />
          <TextArea name="descriptionEn" label={labels.descriptionEn} rows={4} dir="ltr" />
          <Select name="activity" label={labels.activity} placeholder={t("tenders:staff.chooseActivity")} options={TENDER_ACTIVITIES.map((a) => ({ value: a, label: t(`tenders:activities.${a}`) }))} />
          <Select name="municipalityId" label={labels.municipalityId} placeholder={t("tenders:staff.chooseMunicipality")} options={municipalities.map((m) => ({ value: m.id, label: m.name }))} />
          <Field name="bookletPrice" label={labels.bookletPrice} hint={t("tenders:staff.priceHint")} dir="ltr" inputMode="decimal" autoComplete="off" />
        </div>
        <div className="grid gap-5 md:grid-cols-3">
          <Field name="questionsUntil" type="datetime-local" label={labels.questionsUntil} hint={t("tenders:staff.datesHint")} dir="ltr" />
          <Field name="offersDeadline" type="datetime-local" label={labels.offersDeadline} hint={t("tenders:staff.datesHint")} dir="ltr" />
          <Field name="openingAt" type="datetime-local" label={labels.openingAt} hint={t("tenders:staff.datesHint")} dir="ltr" />
        </div>
        <FilePicker
          name="booklet"
          legend={labels.booklet}
          hint={t("tenders:staff.bookletHint")}
          files={booklet}
          onChange={setBooklet}
          max={MAX_BOOKLETS}
          kind="document"
          types={["application/pdf"]}
          icon="inbox"
          addLabel={t("tenders:staff.addBooklet")}
          removeLabel={t("tenders:staff.removeBooklet")}
          tooManyKey="tenders:errors.bookletPdf"
          testIds={{ input: "booklet-input", list: "booklet-list", item: "booklet-item", error: "booklet-error" }}
        />
        <SubmitButton busyLabel={t("tenders:staff.publishing")}>{editing ? t("tenders:staff.editSubmit") : t("tenders:staff.publish")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
