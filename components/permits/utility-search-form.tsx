"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useFieldId } from "@/components/forms/ids";
import { Select, type SelectGroup } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, Td } from "@/components/ui/table";
import { DEFAULT_PAGE_SIZE, type PermitSearch } from "@/lib/domain/permits/electricity/search-criteria";
import type { UtilitySearchResult } from "@/lib/domain/permits/electricity/search";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";
import permitsAfterIssueMessages from "@/lib/i18n/bundles/permitsAfterIssue";

const fmt = (lang: Lang, iso: string | null) => (iso ? new Intl.DateTimeFormat(lang === "ar" ? "ar-SA-u-ca-gregory-nu-latn" : "en-GB", { dateStyle: "medium", timeZone: "Asia/Riyadh" }).format(new Date(iso)) : "—");

/**
 * The electricity company's search: the four criteria (any one, or several together), the purpose (required, kept in
 * the access log), and the results — only what a connection needs. Each search and each page is one command call,
 * logged; a refusal keeps everything typed and says what to fix.
 */
export const UtilitySearchForm = withT(function UtilitySearchForm({ lang, action, districts }: { lang: Lang; action: FormAction; districts: SelectGroup[] }) {
  const { t } = useT(permitsAfterIssueMessages);
  const [result, setResult] = useState<UtilitySearchResult | null>(null);
  const [last, setLast] = useState<PermitSearch | null>(null);
  const [paging, setPaging] = useState(false);
  const criteriaId = useFieldId("criteria");
  const { form, onSubmit, formError, setFormError } = useActionForm({
    schema: () => import("@/lib/domain/permits/electricity/search-criteria").then((m) => m.ZPermitSearch),
    defaultValues: { issuedFrom: "", issuedTo: "", districtId: "", planNo: "", nationalId: "", number: "", purpose: "", page: "1", pageSize: String(DEFAULT_PAGE_SIZE) },
    action: async (values) => {
      const r = await action({ ...values, page: 1 });
      if (r.ok) setLast({ ...values, page: 1 });
      return r;
    },
    onSuccess: (data) => setResult(data as UtilitySearchResult),
  });
  const goTo = async (page: number) => {
    if (!last) return;
    setPaging(true);
    const r = await action({ ...last, page });
    setPaging(false);
    if (r.ok) {
      setResult(r.data as UtilitySearchResult);
      setLast({ ...last, page });
    } else setFormError(r.formError ?? Object.values(r.fieldErrors ?? {})[0]);
  };
  const labels = {
    criteria: t("permitsAfterIssue:search.criteriaLegend"),
    issuedFrom: t("permitsAfterIssue:search.issuedFrom"),
    issuedTo: t("permitsAfterIssue:search.issuedTo"),
    districtId: t("permitsAfterIssue:search.districtId"),
    planNo: t("permitsAfterIssue:search.planNo"),
    nationalId: t("permitsAfterIssue:search.nationalId"),
    number: t("permitsAfterIssue:search.number"),
    purpose: t("permitsAfterIssue:search.purpose"),
    pageSize: t("permitsAfterIssue:search.pageSize"),
    page: t("permitsAfterIssue:search.page", { page: "", pages: "" }),
  };
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;
  const box = "space-y-3 rounded-lg border border-sand-200 p-3";
  const h = "text-sm font-bold text-brand-900";
  return (
    <div className="space-y-6">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-5 rounded-xl border border-sand-200 bg-white p-4 shadow-sm" aria-label={t("permitsAfterIssue:search.title")}>
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <fieldset id={criteriaId} tabIndex={-1} className="grid gap-4 lg:grid-cols-2">
            <legend className="mb-2 text-base font-bold text-slate-900">{labels.criteria}</legend>
            <div className={box} data-testid="criterion-range">
              <p className={h}>{t("permitsAfterIssue:search.byRange")}</p>
              <div className="grid gap-3 sm:grid-cols-2">
                <Field name="issuedFrom" label={labels.issuedFrom} type="date" dir="ltr" />
                <Field name="issuedTo" label={labels.issuedTo} type="date" dir="ltr" />
              </div>
              <p className="text-xs text-slate-600">{t("permitsAfterIssue:search.rangeHint")}</p>
            </div>
            <div className={box} data-testid="criterion-plan">
              <p className={h}>{t("permitsAfterIssue:search.byPlan")}</p>
              <div className="grid gap-3 sm:grid-cols-2">
                <Select name="districtId" label={labels.districtId} placeholder={t("permitsAfterIssue:search.chooseDistrict")} groups={districts} />
                <Field name="planNo" label={labels.planNo} dir="ltr" autoComplete="off" />
              </div>
            </div>
            <div className={box} data-testid="criterion-national-id">
              <p className={h}>{t("permitsAfterIssue:search.byNationalId")}</p>
              <Field name="nationalId" label={labels.nationalId} dir="ltr" inputMode="numeric" autoComplete="off" maxLength={10} />
            </div>
            <div className={box} data-testid="criterion-number">
              <p className={h}>{t("permitsAfterIssue:search.byNumber")}</p>
              <Field name="number" label={labels.number} dir="ltr" autoComplete="off" />
            </div>
          </fieldset>
          <TextArea name="purpose" label={labels.purpose} hint={t("permitsAfterIssue:search.purposeHint")} rows={2} />
          <div className="flex flex-wrap items-end gap-4">
            <Select name="pageSize" label={labels.pageSize} options={["10", "20", "50"].map((v) => ({ value: v, label: v }))} className="w-40" />
            <SubmitButton busyLabel={t("permitsAfterIssue:search.searching")}>{t("permitsAfterIssue:search.submit")}</SubmitButton>
          </div>
        </form>
      </FormProvider>

      {result && (
        <section aria-labelledby="results-title" data-testid="search-results" data-total={result.total}>
          <h2 id="results-title" className="mb-1 text-lg font-bold text-brand-900">{t("permitsAfterIssue:search.results", { total: result.total })}</h2>
          <p className="mb-3 text-xs text-slate-600" role="status">{t("permitsAfterIssue:search.logged")}</p>
          {result.permits.length === 0 ? (
            <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("permitsAfterIssue:search.noResults")}</p>
          ) : (
            <Table
              caption={t("permitsAfterIssue:search.table")}
              head={[t("permitsAfterIssue:fields.permitNumber"), t("permitsAfterIssue:fields.kind"), t("permitsAfterIssue:fields.status"), t("permitsAfterIssue:fields.plan"), t("permitsAfterIssue:fields.parcel"), t("permitsAfterIssue:fields.district"), t("permitsAfterIssue:fields.owner"), t("permitsAfterIssue:fields.issuedAt"), t("permitsAfterIssue:fields.insulation"), t("permitsAfterIssue:fields.completion"), t("permitsAfterIssue:fields.connection")]}
            >
              {result.permits.map((p) => (
                <tr key={p.number} data-testid="utility-permit-row" data-number={p.number}>
                  <Td><bdi dir="ltr" className="font-bold tabular-nums">{p.number}</bdi></Td>
                  <Td>{localName(lang, p.kind)}</Td>
                  <Td><Badge status={p.status}>{t(`permitsAfterIssue:permitStatus.${p.status as "ISSUED"}`)}</Badge></Td>
                  <Td><bdi dir="ltr">{p.planNo}</bdi></Td>
                  <Td><bdi dir="ltr">{p.parcelNo}</bdi></Td>
                  <Td>{localName(lang, p.district)}<span className="block text-xs text-slate-500">{localName(lang, p.municipality)}</span></Td>
                  <Td>{p.ownerName}</Td>
                  <Td>{fmt(lang, p.issuedAt)}</Td>
                  <Td data-testid="insulation">{t(`permitsAfterIssue:certStatus.${p.insulation.status}`)}{p.insulation.number && <bdi dir="ltr" className="block text-xs tabular-nums">{p.insulation.number}</bdi>}</Td>
                  <Td data-testid="completion">{t(`permitsAfterIssue:certStatus.${p.completion.status}`)}{p.completion.number && <bdi dir="ltr" className="block text-xs tabular-nums">{p.completion.number}</bdi>}</Td>
                  <Td>{p.connection ? <>{t(`permitsAfterIssue:connectionStatus.${p.connection.status}`)}{p.connection.clearanceNo && <bdi dir="ltr" className="block text-xs tabular-nums">{p.connection.clearanceNo}</bdi>}</> : "—"}</Td>
                </tr>
              ))}
            </Table>
          )}
          {pages > 1 && (
            <nav className="mt-3 flex items-center justify-between gap-2" aria-label={t("permitsAfterIssue:search.page", { page: result.page, pages })}>
              <Button type="button" variant="secondary" disabled={paging || result.page <= 1} onClick={() => goTo(result.page - 1)}>{t("permitsAfterIssue:search.prev")}</Button>
              <span className="text-sm">{t("permitsAfterIssue:search.page", { page: result.page, pages })}</span>
              <Button type="button" variant="secondary" disabled={paging || result.page >= pages} onClick={() => goTo(result.page + 1)}>{t("permitsAfterIssue:search.next")}</Button>
            </nav>
          )}
        </section>
      )}
    </div>
  );
});
