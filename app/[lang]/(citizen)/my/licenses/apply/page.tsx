import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DocumentsForm, EstablishmentForm, OfficeForm, SubmitForm } from "@/components/forms/deferred-forms/licensing";
import { FeeTable } from "@/components/licensing/parts";
import { Facts } from "@/components/ui/facts";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { feePreview, getMyApplication, incompleteStep, officesForApplication, wizardOptions, type MyApplicationDTO } from "@/lib/domain/licensing/queries/citizen";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";
import { chooseOfficeAction, saveDocumentsAction, saveEstablishmentAction, submitApplicationAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("licenseApply");

/**
 * The application wizard: 1 establishment, 2 documents, 3 office, 4 review + fee + submit. Each step is
 * saved as a draft (?id=… resumes where the citizen stopped). A RETURNED application opens here too,
 * to change its data and documents (its office stays: step 3 is skipped).
 */
export default async function ApplyPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ id?: string; step?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "licensing.apply", `/${lang}/my/licenses/apply`);
  const t = getT(lang);
  const sp = await searchParams;
  const app = sp.id ? await getMyApplication(actor, String(sp.id).slice(0, 40)) : null;
  if (sp.id && !app) notFound();
  if (app && !app.editable) redirect(`/${lang}/my/licenses/applications/${app.id}`);
  const returned = app?.actions.includes("resubmit") ?? false;
  const maxStep = app ? Math.min(4, Math.max(1, app.draftStep)) : 1;
  let step = Math.min(maxStep, Math.max(1, Number(sp.step) || maxStep));
  if (returned && step === 3) step = 4;

  const options = step === 1 ? await wizardOptions() : null;
  const offices = step === 3 && app ? await officesForApplication(app) : [];
  const fee = step === 4 && app ? await feePreview(app) : null;
  const missing = step === 4 && app ? await incompleteStep(app) : null;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={returned ? t("licensing:wizard.titleReturned") : t("licensing:wizard.title")} subtitle={t("licensing:wizard.subtitle")} />
      {app && (
        <p className="-mt-2 mb-4 text-sm text-slate-600">
          {t("licensing:wizard.draftNumber")}: <bdi dir="ltr" className="font-bold tabular-nums text-brand-900" data-testid="application-number">{app.number}</bdi>
        </p>
      )}
      <Stepper lang={lang} step={step} maxStep={maxStep} appId={app?.id} skipOffice={returned} />
      {returned && app?.lastNote && (
        <div className="mb-5">
          <Alert tone="warning" title={t("licensing:detail.officeNote")}><p className="whitespace-pre-line">{app.lastNote}</p></Alert>
        </div>
      )}

      {step === 1 && options && (
        <EstablishmentForm
          action={saveEstablishmentAction}
          lang={lang}
          options={options}
          applicationId={app?.id}
          locked={returned}
          initial={{
            tradeNameAr: app?.tradeNameAr ?? "",
            tradeNameEn: app?.tradeNameEn ?? "",
            commercialRegNo: app?.commercialRegNo ?? "",
            activityId: app?.activity?.id ?? "",
            municipalityId: app?.municipality?.id ?? "",
            districtId: app?.district?.id ?? "",
            addressAr: app?.addressAr ?? "",
            latitude: app?.latitude?.toString() ?? "",
            longitude: app?.longitude?.toString() ?? "",
            areaM2: app?.areaM2?.toString() ?? "",
            signAreaM2: app?.signAreaM2?.toString() ?? "",
          }}
        />
      )}
      {step === 2 && app && <DocumentsForm action={saveDocumentsAction} lang={lang} applicationId={app.id} stored={app.documents} nextStep={returned ? 4 : 3} />}
      {step === 3 && app && <OfficeForm action={chooseOfficeAction} lang={lang} applicationId={app.id} offices={offices} current={app.officeAutoAssigned ? "auto" : (app.office?.id ?? "")} />}
      {step === 4 && app && <Review lang={lang} app={app} fee={fee} missing={missing} returned={returned} />}
    </div>
  );
}

function Stepper({ lang, step, maxStep, appId, skipOffice }: { lang: Lang; step: number; maxStep: number; appId?: string; skipOffice: boolean }) {
  const t = getT(lang);
  const steps = ([1, 2, 3, 4] as const).filter((s) => !(skipOffice && s === 3));
  return (
    <nav aria-label={t("licensing:wizard.stepsLabel")} className="mb-6">
      <ol className="grid gap-2" style={{ gridTemplateColumns: `repeat(${steps.length}, minmax(0, 1fr))` }}>
        {steps.map((s, i) => {
          const current = s === step;
          const reachable = appId && s <= maxStep && !current;
          const body = (
            <>
              <span className={`flex size-8 shrink-0 items-center justify-center rounded-full text-sm font-bold ${current ? "bg-brand-600 text-white" : s < step || s <= maxStep ? "bg-brand-100 text-brand-800" : "bg-sand-200 text-slate-600"}`}>{i + 1}</span>
              <span className="text-xs font-bold sm:text-sm">{t(`licensing:wizard.steps.${s}`)}</span>
            </>
          );
          return (
            <li key={s} aria-current={current ? "step" : undefined} className={`rounded-lg border p-2 ${current ? "border-brand-600 bg-brand-50" : "border-sand-200 bg-white"}`}>
              {reachable ? (
                <Link href={`/${lang}/my/licenses/apply?id=${appId}&step=${s}`} className="flex flex-col items-center gap-1 text-center text-brand-800 hover:underline sm:flex-row sm:text-start">{body}</Link>
              ) : (
                <span className="flex flex-col items-center gap-1 text-center text-slate-700 sm:flex-row sm:text-start">{body}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function Review({ lang, app, fee, missing, returned }: { lang: Lang; app: MyApplicationDTO; fee: Awaited<ReturnType<typeof feePreview>>; missing: 1 | 2 | null; returned: boolean }) {
  const t = getT(lang);
  const edit = (s: number) => (
    <Link className="text-sm font-bold text-brand-700 underline" href={`/${lang}/my/licenses/apply?id=${app.id}&step=${s}`}>{t("licensing:wizard.edit")}</Link>
  );
  const docs = app.documents;
  return (
    <div className="space-y-5" data-testid="review">
      <p className="text-sm text-slate-700">{t("licensing:wizard.reviewIntro")}</p>
      {missing && <Alert tone="warning" title={t("licensing:wizard.incomplete", { step: missing })} />}
      <Card title={t("licensing:wizard.steps.1")} action={edit(1)}>
        <Facts
          items={[
            { label: t("licensing:fields.tradeNameAr"), value: app.tradeNameAr ?? "—" },
            { label: t("licensing:fields.commercialRegNo"), value: <bdi dir="ltr" className="tabular-nums">{app.commercialRegNo ?? "—"}</bdi> },
            { label: t("licensing:fields.activity"), value: localName(lang, app.activity) },
            { label: t("licensing:fields.kind"), value: t(`licensing:kind.${app.kind}`) },
            { label: t("licensing:fields.municipality"), value: `${localName(lang, app.municipality)} — ${localName(lang, app.district)}` },
            { label: t("licensing:fields.address"), value: app.addressAr ?? "—" },
            { label: t("licensing:fields.areaM2"), value: <bdi dir="ltr">{app.areaM2 ?? "—"}</bdi> },
            { label: t("licensing:fields.signAreaM2"), value: <bdi dir="ltr">{app.signAreaM2 ?? "—"}</bdi> },
          ]}
        />
      </Card>
      <Card title={t("licensing:wizard.steps.2")} action={edit(2)}>
        <ul className="space-y-1 text-sm">
          {docs.map((d) => (
            <li key={d.id} className="flex justify-between gap-3">
              <span>{d.purpose === "LEASE" ? t("licensing:fields.lease") : d.purpose === "CR_COPY" ? t("licensing:fields.crCopy") : t("licensing:wizard.photo")}</span>
              <span className="truncate text-slate-600" dir="auto">{d.originalName}</span>
            </li>
          ))}
        </ul>
      </Card>
      {!returned && (
        <Card title={t("licensing:wizard.steps.3")} action={edit(3)}>
          <p data-testid="review-office">{app.officeAutoAssigned ? t("licensing:wizard.officeAutoChosen") : localName(lang, app.office)}</p>
        </Card>
      )}
      {fee && (
        <Card title={t("licensing:wizard.feeTitle")}>
          <FeeTable fee={fee} lang={lang} />
          <p className="mt-3 text-xs text-slate-600">{t("licensing:wizard.feeNote")}</p>
        </Card>
      )}
      {returned ? (
        <Link href={`/${lang}/my/licenses/applications/${app.id}#resubmit`} className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-5 font-bold text-white hover:bg-brand-700" data-testid="go-resubmit">
          {t("licensing:detail.resubmitTitle")}
        </Link>
      ) : (
        !missing && <SubmitForm action={submitApplicationAction} lang={lang} applicationId={app.id} />
      )}
    </div>
  );
}
