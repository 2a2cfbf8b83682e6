import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PermitForm, StepButton } from "@/components/permits/forms";
import { PermitCancelled, PermitCancelRequest, PermitFacts, PermitStatusBadge, StepsTable, Timeline } from "@/components/permits/parts";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getOfficePermit, permitFormOptions } from "@/lib/domain/permits/queries/permits";
import type { PermitState } from "@/lib/domain/permits/workflow";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { savePermitAction, submitPermitAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permits:office.detailTitle") };
}

/** One permit of the office: its data and hops; while it is a draft or returned, the form and the submit step. */
export default async function OfficePermitPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "permits.office.queue", `/${lang}/office/permits/${encodeURIComponent(id)}`);
  const t = getT(lang);
  const p = await getOfficePermit(actor, id);
  if (!p) notFound();
  const options = p.editable ? await permitFormOptions(actor) : null;
  const s = (v: number | null) => (v === null ? "" : String(v));
  const missing = p.requiredDocuments.filter((d) => !p.documents.some((f) => f.purpose === d));
  return (
    <>
      <PageHeader title={t("permits:office.detailTitle")} subtitle={p.number} actions={<PermitStatusBadge status={p.status as PermitState} lang={lang} />} />
      <div className="space-y-6">
        {p.status === "RETURNED" && p.lastNote && <Alert tone="warning" title={t("permits:ui.returnedWith")}><span data-testid="return-reason">{p.lastNote}</span></Alert>}
        {(p.events.includes("submit") || p.events.includes("resubmit")) && (
          <section className="space-y-3 rounded-xl border border-brand-200 bg-brand-50 p-5">
            <h2 className="text-lg font-bold text-brand-900">{t("permits:office.submitTitle")}</h2>
            {missing.length > 0 ? (
              <p className="text-sm text-amber-900" data-testid="missing-docs">{t("permits:office.missingDocs", { docs: missing.map((d) => t(`permits:documents.${d as "DEED"}`)).join("، ") })}</p>
            ) : (
              <p className="text-sm text-slate-700">{t("permits:office.readyToSubmit")}</p>
            )}
            <StepButton key={p.version} permitId={p.id} version={p.version} label={p.status === "RETURNED" ? t("permits:office.resubmit") : t("permits:office.submit")} done={t("permits:office.submitted")} action={submitPermitAction} testId="submit-permit" />
          </section>
        )}
        <PermitCancelled p={p} lang={lang} />
        <PermitCancelRequest p={p} lang={lang} title={t("permits:cancel.ownerRequestTitle")} />
        <section className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm"><PermitFacts p={p} lang={lang} /></section>
        {options && (
          <section aria-labelledby="edit-title">
            <h2 id="edit-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:office.editTitle")}</h2>
            <PermitForm
              lang={lang}
              kinds={options.kinds}
              authorizations={options.authorizations}
              permitId={p.id}
              initial={{
                authorizationId: p.authorizationId, kindId: p.kindId, latitude: s(p.latitude), longitude: s(p.longitude), landAreaM2: s(p.landAreaM2), floors: s(p.floors), use: p.use ?? "",
                builtUpAreaM2: s(p.builtUpAreaM2), setbackFrontM: s(p.setbackFrontM), setbackRearM: s(p.setbackRearM), setbackSideM: s(p.setbackSideM),
              }}
              stored={p.documents}
              action={savePermitAction}
            />
          </section>
        )}
        <section aria-labelledby="steps-title">
          <h2 id="steps-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:ui.stepsTitle")}</h2>
          <StepsTable steps={p.steps} lang={lang} />
        </section>
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:ui.timeline")}</h2>
          <Timeline history={p.history} departments={p.departmentNames} lang={lang} />
        </section>
      </div>
    </>
  );
}
