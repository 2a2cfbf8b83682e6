import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CancelPermitForm, PermitReasonForm, ReviewDecision, StepButton } from "@/components/permits/forms";
import { PermitCancelled, PermitCancelRequest, PermitFacts, PermitStatusBadge, StepsTable, Timeline } from "@/components/permits/parts";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { SigningChain } from "@/components/signatures/signing-chain";
import { getStaffPermit } from "@/lib/domain/permits/queries/permits";
import { permitSignatures } from "@/lib/domain/signatures/queries/permit";
import type { PermitState } from "@/lib/domain/permits/workflow";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { cancelPermitAction, declinePermitCancellationAction, issuePermitAction, reviewDecisionAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permits:staff.detailTitle") };
}

/** A permit as its department (decision) or the signatory (issue; cancel once issued) sees it. */
export default async function StaffPermitPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "permits.lookup", `/${lang}/staff/permits/${encodeURIComponent(id)}`);
  const t = getT(lang);
  const p = await getStaffPermit(actor, id);
  if (!p) notFound();
  const signed = await permitSignatures(p.id);
  const deciding = p.events.some((e) => ["accept", "transfer", "return", "reject"].includes(e));
  return (
    <>
      <PageHeader title={t("permits:staff.detailTitle")} subtitle={p.number} actions={<PermitStatusBadge status={p.status as PermitState} lang={lang} />} />
      <div className="space-y-6">
        <PermitCancelled p={p} lang={lang} />
        <PermitCancelRequest p={p} lang={lang} title={t("permits:cancel.ownerRequestTitle")} />
        <section className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm"><PermitFacts p={p} lang={lang} /></section>
        <section aria-labelledby="docs-title" className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <h2 id="docs-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:ui.sections.documents")}</h2>
          <ul className="space-y-1 text-sm" data-testid="permit-documents">
            {p.documents.map((d) => <li key={d.id}>{d.purpose ? t(`permits:documents.${d.purpose as "DEED"}`) : "—"}: <span dir="auto">{d.originalName}</span></li>)}
          </ul>
        </section>
        {!deciding && p.status === "IN_REVIEW" && <p className="rounded-lg bg-sand-100 p-3 text-sm" data-testid="not-with-department">{t("permits:staff.notWithYou")}</p>}
        {deciding && (
          <section aria-labelledby="decide-title" className="rounded-xl border border-brand-200 bg-white p-5 shadow-sm" data-testid="review-decision">
            <h2 id="decide-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:staff.decideTitle")}</h2>
            <ReviewDecision key={p.version} lang={lang} permitId={p.id} version={p.version} events={p.events} departments={p.departments} currentDepartmentId={p.currentDepartmentId} action={reviewDecisionAction} />
          </section>
        )}
        {p.events.includes("issue") && (
          <section className="space-y-3 rounded-xl border border-brand-200 bg-brand-50 p-5" data-testid="sign-permit">
            <h2 className="text-lg font-bold text-brand-900">{t("permits:staff.signTitle")}</h2>
            <p className="text-sm">{t("permits:staff.signIntro")}</p>
            <StepButton key={p.version} permitId={p.id} version={p.version} label={t("permits:staff.issue")} done={t("permits:staff.issued")} doneSigning={t("permits:staff.inSigning")} action={issuePermitAction} testId="issue-permit" />
          </section>
        )}
        {p.events.includes("cancel") && (
          <section id="cancel" aria-labelledby="cancel-title" className="space-y-3 rounded-xl border border-red-200 bg-white p-5 shadow-sm" data-testid="cancel-permit">
            <h2 id="cancel-title" className="text-lg font-bold text-red-900">{t("permits:cancel.title")}</h2>
            <p className="text-sm">{t("permits:cancel.intro")}</p>
            <CancelPermitForm key={p.version} permitId={p.id} version={p.version} action={cancelPermitAction} ground={p.cancelRequestedAt ? "OWNER_REQUEST" : undefined} />
          </section>
        )}
        {p.events.includes("declineCancel") && (
          <section aria-labelledby="decline-cancel-title" className="space-y-3 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
            <h2 id="decline-cancel-title" className="text-lg font-bold text-brand-900">{t("permits:cancel.declineTitle")}</h2>
            <p className="text-sm">{t("permits:cancel.declineIntro")}</p>
            <PermitReasonForm key={p.version} permitId={p.id} version={p.version} action={declinePermitCancellationAction} label={t("permits:cancel.declineReason")} submit={t("permits:cancel.declineSubmit")} done={t("permits:cancel.declined")} testId="decline-cancel" />
          </section>
        )}
        {signed && (
          <section className="space-y-3 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" data-testid="permit-signing">
            {p.status === "AWAITING_SIGNATURE" && <p role="status" className="rounded-lg bg-amber-50 p-3 text-sm font-bold text-amber-950">{t("permits:staff.inSigning")}</p>}
            <SigningChain view={signed} lang={lang} />
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
