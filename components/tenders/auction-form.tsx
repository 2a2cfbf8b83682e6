"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { TENDER_ACTIVITIES } from "@/lib/domain/tenders/activities";
import type { AuctionFormInput } from "@/lib/domain/tenders/schemas";
import type { Lang } from "@/lib/i18n/settings";
import tendersMessages from "@/lib/i18n/bundles/tenders";

type Done = { id: string; number: string };

/** Publishes an auction of a municipal site, or edits one (`auctionId` set). */
export const AuctionForm = withT(function AuctionForm({ lang, municipalities, action, auctionId, initial }: { lang: Lang; municipalities: { id: string; name: string }[]; action: (input: unknown) => Promise<ActionResult<Done>>; auctionId?: string; initial?: AuctionFormInput }) {
  const { t } = useT(tendersMessages);
  const [done, setDone] = useState<Done | null>(null);
  const editing = !!auctionId;
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/tenders/schemas").then((m) => (editing ? m.ZEditAuction : m.ZAuctionForm)),
    defaultValues: { ...(editing ? { auctionId } : {}), titleAr: "", titleEn: "", siteAr: "", siteEn: "", latitude: "" as never, longitude: "" as never, areaM2: "" as never, activity: "" as never, municipalityId: municipalities.length === 1 ? municipalities[0]!.id : "", openingPrice: "" as never, sessionAt: "" as never, ...initial },
    action,
    onSuccess: (data) => data && setDone(data),
  });
  if (done) {
    return (
      <div className="space-y-3">
        <Alert tone="success" testId="auction-saved" title={editing ? t("tenders:staff.edited") : t("tenders:staff.published", { number: done.number })} />
        <ButtonLink href={`/${lang}/staff/auctions/${done.number}`}>{t("tenders:staff.viewIt")}</ButtonLink>
      </div>
    );
  }
  const labels = {
    titleAr: t("tenders:fields.titleAr"),
    titleEn: t("tenders:fields.titleEn"),
    siteAr: t("tenders:fields.siteAr"),
    siteEn: t("tenders:fields.siteEn"),
    latitude: t("tenders:fields.latitude"),
    longitude: t("tenders:fields.longitude"),
    areaM2: t("tenders:fields.area"),
    activity: t("tenders:fields.activity"),
    municipalityId: t("tenders:fields.municipality"),
    openingPrice: t("tenders:fields.openingPrice"),
    sessionAt: t("tenders:fields.sessionAt"),
    auctionId: t("tenders:fields.auctionNumber"),
  };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label={editing ? t("tenders:staff.editAuctionTitle") : t("tenders:staff.newAuctionTitle")}>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="grid gap-5 md:grid-cols-2">
          <Field name="titleAr" label={labels.titleAr} dir="rtl" />
          <Field name="titleEn" label={labels.titleEn} dir="ltr" />
          <Field name="siteAr" label={labels.siteAr} dir="rtl" />
          <Field name="siteEn" label={labels.siteEn} dir="ltr" />
          <Field name="latitude" label={labels.latitude} dir="ltr" inputMode="decimal" autoComplete="off" />
          <Field name="longitude" label={labels.longitude} dir="ltr" inputMode="decimal" autoComplete="off" />
          <Field name="areaM2" label={labels.areaM2} dir="ltr" inputMode="numeric" autoComplete="off" />
          <Select name="activity" label={labels.activity} placeholder={t("tenders:staff.chooseActivity")} options={TENDER_ACTIVITIES.map((a) => ({ value: a, label: t(`tenders:activities.${a}`) }))} />
          <Select name="municipalityId" label={labels.municipalityId} placeholder={t("tenders:staff.chooseMunicipality")} options={municipalities.map((m) => ({ value: m.id, label: m.name }))} />
          <Field name="openingPrice" label={labels.openingPrice} hint={t("tenders:staff.priceHint")} dir="ltr" inputMode="decimal" autoComplete="off" />
          <Field name="sessionAt" type="datetime-local" label={labels.sessionAt} hint={t("tenders:staff.datesHint")} dir="ltr" />
        </div>
        <SubmitButton busyLabel={t("tenders:staff.publishing")}>{editing ? t("tenders:staff.editSubmit") : t("tenders:staff.publishAuction")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
