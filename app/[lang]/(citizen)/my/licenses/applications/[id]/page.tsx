import Link from "next/link";
import { notFound } from "next/navigation";
import { ResubmitForm, WithdrawForm } from "@/components/forms/deferred-forms/licensing";
import { ApplicationStatusBadge } from "@/components/licensing/parts";
import { Facts } from "@/components/ui/facts";
import { ConfirmationPanel } from "@/components/forms/action-notice";
import { BillNumber, Money } from "@/components/payments/bill-parts";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getMyApplication } from "@/lib/domain/licensing/queries/citizen";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { OfficePanel } from "./office-panel";
import { localName } from "@/lib/kernel/locale";
import { resubmitApplicationAction, withdrawApplicationAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myLicenseApplication");

/** The citizen's application: where it is, who holds it, what comes next, and every step so far. */
export default async function MyApplicationPage({ params, searchParams }: { params: Promise<{ lang: string; id: string }>; searchParams: Promise<{ submitted?: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "licensing.mine", `/${lang}/my/licenses/applications/${encodeURIComponent(id)}`);
  const t = getT(lang);
  const app = await getMyApplication(actor, id);
  if (!app) notFound();
  // The submission ends here (docs/decisions/027-after-action-feedback.md): a confirmation with the number, above the new state.
  const justSubmitted = (await searchParams).submitted === "1" && app.status !== "DRAFT";

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <PageHeader title={t("licensing:detail.title", { number: app.number })} subtitle={app.tradeNameAr ?? undefined} />
      {justSubmitted && (
        <ConfirmationPanel title={t("feedback:application.submittedTitle")} referenceLabel={t("feedback:application.referenceLabel")} reference={app.number}>
          <p className="basis-full">{t("feedback:application.next")}</p>
          <Link className="font-bold underline" href={`/${lang}/my/licenses`}>{t("feedback:application.toList")}</Link>
          <Link className="font-bold underline" href={`/${lang}/my`}>{t("feedback:application.toDashboard")}</Link>
        </ConfirmationPanel>
      )}

      <section className="grid gap-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm sm:grid-cols-3" data-testid="application-summary">
        <div>
          <p className="text-xs font-bold text-slate-500">{t("licensing:fields.status")}</p>
          <div className="mt-1"><ApplicationStatusBadge status={app.status} lang={lang} /></div>
        </div>
        <div>
          <p className="text-xs font-bold text-slate-500">{t("licensing:detail.nowWith")}</p>
          <p className="mt-1 font-bold text-brand-900" data-testid="holder">{app.holder ? t(`licensing:holder.${app.holder}`) : "—"}</p>
          {app.office && app.holder && app.holder !== "CITIZEN" && <p className="text-xs text-slate-600">{localName(lang, app.office)}</p>}
        </div>
        <div>
          <p className="text-xs font-bold text-slate-500">{t("licensing:detail.nextStep")}</p>
          <p className="mt-1 text-sm text-slate-800" data-testid="next-step">{t(`licensing:next.${app.status}`)}</p>
          {app.slaDueAt && (
            <p className="mt-1 text-xs text-slate-600">{t("licensing:detail.dueBy")} <DateText date={app.slaDueAt} lang={lang} withTime /></p>
          )}
        </div>
      </section>

      <OfficePanel lang={lang} actor={actor} applicationId={app.id} />

      {app.actions.includes("submit") && (
        <Link href={`/${lang}/my/licenses/apply?id=${app.id}`} className={buttonClass("primary")}>{t("licensing:detail.draftContinue")}</Link>
      )}

      {app.actions.includes("resubmit") && (
        <section id="resubmit" className="space-y-4 rounded-xl border-2 border-amber-300 bg-amber-50/60 p-5" data-testid="returned-panel">
          <h2 className="text-lg font-bold text-amber-950">{t("licensing:detail.returnedTitle")}</h2>
          {app.lastNote && (
            <blockquote className="whitespace-pre-line rounded-lg border-s-4 border-amber-500 bg-white p-4 text-slate-900" data-testid="office-note">{app.lastNote}</blockquote>
          )}
          <Link href={`/${lang}/my/licenses/apply?id=${app.id}&step=1`} className={buttonClass("secondary")} data-testid="edit-application">{t("licensing:detail.editData")}</Link>
          <div className="rounded-lg bg-white p-4">
            <h3 className="mb-3 font-bold text-brand-900">{t("licensing:detail.resubmitTitle")}</h3>
            <ResubmitForm applicationId={app.id} action={resubmitApplicationAction} />
          </div>
        </section>
      )}

      {app.status === "REJECTED" && app.rejectionReason && (
        <Alert tone="error" title={t("licensing:detail.rejectedTitle")}><p className="whitespace-pre-line">{app.rejectionReason}</p></Alert>
      )}

      {app.status === "AWAITING_PAYMENT" && app.bill && (
        <Card title={t("licensing:detail.payTitle")}>
          <p className="mb-4 text-sm text-slate-700">{t("licensing:detail.payBody")}</p>
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <p className="text-xs font-bold text-slate-500">{t("licensing:detail.billNumber")}</p>
              <span data-testid="bill-number"><BillNumber number={app.bill.number} className="text-2xl text-brand-900" /></span>
            </div>
            <div>
              <p className="text-xs font-bold text-slate-500">{t("licensing:detail.amount")}</p>
              <Money halalas={app.bill.totalHalalas} lang={lang} className="text-2xl font-bold text-brand-800" />
            </div>
            <Link href={`/${lang}/my/bills/${app.bill.number}`} className={buttonClass("primary")}>{t("licensing:detail.viewBill")}</Link>
          </div>
        </Card>
      )}

      {app.license && (
        <Link href={`/${lang}/my/licenses/${app.license.id}`} className={buttonClass("primary")} data-testid="view-license">{t("licensing:detail.viewLicense")}</Link>
      )}

      <div className="grid gap-5 lg:grid-cols-[1fr_1fr]">
        <Card title={t("licensing:detail.timeline")}>
          {app.history.length === 0 ? (
            <p className="text-sm text-slate-600">{t("licensing:next.DRAFT")}</p>
          ) : (
            <ol className="relative space-y-5 border-s-2 border-sand-200 ps-5" data-testid="timeline">
              {app.history.map((h, i) => (
                <li key={i} className="relative">
                  <span className="absolute -start-[1.72rem] top-1 size-3 rounded-full border-2 border-white bg-brand-600 ring-2 ring-brand-200" aria-hidden="true" />
                  <p className="font-bold text-slate-900">{t(`licensing:event.${h.event as "submit"}`)}</p>
                  <p className="text-xs text-slate-600">
                    {t(`licensing:holder.${h.role as "CITIZEN"}`)} · <DateText date={h.at} lang={lang} withTime />
                  </p>
                  {h.note && <p dir="auto" className="mt-1 whitespace-pre-line text-start rounded-md bg-sand-50 p-2 text-sm text-slate-800">{h.note}</p>}
                </li>
              ))}
            </ol>
          )}
          <p className="mt-4 text-xs text-slate-500">{t("licensing:detail.sms")}</p>
        </Card>
        <div className="space-y-5">
          <Card title={t("licensing:detail.establishment")}>
            <Facts
              items={[
                { label: t("licensing:fields.kind"), value: t(`licensing:kind.${app.kind}`) },
                { label: t("licensing:fields.activity"), value: localName(lang, app.activity) },
                { label: t("licensing:fields.commercialRegNo"), value: <bdi dir="ltr" className="tabular-nums">{app.commercialRegNo ?? "—"}</bdi> },
                { label: t("licensing:fields.municipality"), value: `${localName(lang, app.municipality)} — ${localName(lang, app.district)}` },
                { label: t("licensing:fields.office"), value: app.office ? `${localName(lang, app.office)}${app.officeAutoAssigned ? ` ${t("licensing:detail.officeAuto")}` : ""}` : "—" },
                { label: t("licensing:fields.areaM2"), value: <bdi dir="ltr">{app.areaM2 ?? "—"}</bdi> },
              ]}
            />
          </Card>
          <Card title={t("licensing:detail.documents")}>
            <ul className="space-y-1 text-sm">
              {app.documents.map((d) => (
                <li key={d.id} className="flex justify-between gap-3">
                  <span>{d.purpose === "LEASE" ? t("licensing:fields.lease") : d.purpose === "CR_COPY" ? t("licensing:fields.crCopy") : t("licensing:wizard.photo")}</span>
                  <a className="truncate text-brand-700 underline" href={`/api/files/${d.id}`} dir="auto">{d.originalName}</a>
                </li>
              ))}
            </ul>
          </Card>
          {app.actions.includes("withdraw") && <WithdrawForm applicationId={app.id} action={withdrawApplicationAction} />}
        </div>
      </div>
    </div>
  );
}
