import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PermitReasonForm, PermitStepButton as StepButton, ReassignForm } from "@/components/forms/deferred-forms/permits";
import { PermitAccessLog } from "@/components/permits/permit-access-log";
import { PermitCancelled, PermitCancelRequest, PermitFacts, PermitStatusBadge, StepsTable, Timeline } from "@/components/permits/parts";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { permitAccessForOwner } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { SigningChain } from "@/components/signatures/signing-chain";
import { getMyPermit } from "@/lib/domain/permits/queries/permits";
import { permitSignatures } from "@/lib/domain/signatures/queries/permit";
import type { PermitState } from "@/lib/domain/permits/workflow";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { reassignPermitAction, requestPermitCancellationAction, withdrawPermitAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permits:mine.detailTitle") };
}

/** One of the owner's permits: data, the departments' hops, the timeline, the bill, the certificate. */
export default async function MyPermitPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "permits.mine", `/${lang}/my/permits/${encodeURIComponent(id)}`);
  const t = getT(lang);
  const p = await getMyPermit(actor, id);
  if (!p) notFound();
  // Issued by the signatory, now along its signing chain (issue 15): the owner sees who has signed and who is next.
  const signing = p.status === "AWAITING_SIGNATURE" ? await permitSignatures(p.id) : null;
  const access = p.status === "ISSUED" || p.status === "COMPLETED" ? await permitAccessForOwner(actor, p.number) : null;
  return (
    <>
      <PageHeader title={t("permits:mine.detailTitle")} subtitle={p.number} actions={<PermitStatusBadge status={p.status as PermitState} lang={lang} />} />
      <div className="space-y-6">
        {p.status === "RETURNED" && p.lastNote && <Alert tone="warning" title={t("permits:ui.returnedWith")}>{p.lastNote}</Alert>}
        {p.status === "REJECTED" && p.rejectionReason && <Alert tone="error" title={t("permits:status.REJECTED")}>{p.rejectionReason}</Alert>}
        <PermitCancelled p={p} lang={lang} />
        {p.bill && (
          <section className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm" data-testid="permit-bill">
            <h2 className="mb-2 text-lg font-bold text-brand-900">{t("permits:fields.bill")}</h2>
            <p>{t("permits:ui.billLine", { number: p.bill.number, amount: formatHalalas(p.bill.totalHalalas, lang) })} — {t(`permits:billStatus.${p.bill.status}`)}</p>
            <p className="sr-only" data-testid="bill-number">{p.bill.number}</p>
            <Link href={`/${lang}/my/bills/${p.bill.number}`} className={`${buttonClass("secondary")} mt-3`}>{t(p.bill.status === "UNPAID" ? "permits:ui.openBill" : p.bill.status === "PAID" ? "permits:ui.openPaidBill" : "permits:ui.openClosedBill")}</Link>
          </section>
        )}
        {signing && (
          <section className="space-y-3 rounded-xl border border-amber-200 bg-white p-5 shadow-sm" data-testid="permit-signing">
            <p role="status" className="rounded-lg bg-amber-50 p-3 text-sm font-bold text-amber-950">{t("signatures:permit.pending")}</p>
            <SigningChain view={signing} lang={lang} />
          </section>
        )}
        {(p.status === "ISSUED" || p.status === "COMPLETED") && (
          <Alert tone="success" title={t("permits:ui.issuedTitle")}>
            <span className="flex flex-wrap gap-3">
              <Link href={`/${lang}/my/permits/${p.id}/certificate`} className={buttonClass("primary")} data-testid="open-certificate">{t("permits:ui.certificate")}</Link>
              <Link href={`/${lang}/my/permits/${encodeURIComponent(p.number)}/after-issue`} className={buttonClass("secondary")} data-testid="open-after-issue">{t("permitsAfterIssue:owner.openAfterIssue")}</Link>
            </span>
          </Alert>
        )}
        <PermitCancelRequest p={p} lang={lang} title={t("permits:cancel.pendingTitle")} />
        <section className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm"><PermitFacts p={p} lang={lang} /></section>
        {/* Which outside organizations (the electricity company) found this permit in a search, and when. */}
        {access && <PermitAccessLog lang={lang} views={access.views} />}
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:ui.timeline")}</h2>
          <Timeline history={p.history} departments={p.departmentNames} lang={lang} />
        </section>
        <section aria-labelledby="steps-title">
          <h2 id="steps-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:ui.stepsTitle")}</h2>
          <StepsTable steps={p.steps} lang={lang} />
        </section>
        {p.events.includes("reassign") && (
          <section className="space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-5" data-testid="reassign">
            <h2 className="text-lg font-bold text-amber-950">{t("permits:ui.reassignTitle")}</h2>
            <p className="text-sm">{t("permits:ui.reassignIntro")}</p>
            <ReassignForm key={p.version} permitId={p.id} version={p.version} action={reassignPermitAction} />
          </section>
        )}
        {p.events.includes("requestCancel") && (
          <section aria-labelledby="request-cancel-title" className="space-y-3 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
            <h2 id="request-cancel-title" className="text-lg font-bold text-brand-900">{t("permits:cancel.requestTitle")}</h2>
            <p className="text-sm">{t("permits:cancel.requestIntro")}</p>
            <PermitReasonForm key={p.version} permitId={p.id} version={p.version} action={requestPermitCancellationAction} label={t("permits:cancel.requestReason")} submit={t("permits:cancel.requestSubmit")} done={t("permits:cancel.requested")} testId="request-cancel" />
          </section>
        )}
        {p.events.includes("withdraw") && (
          <StepButton key={p.version} permitId={p.id} version={p.version} label={t("permits:ui.withdraw")} done={t("permits:ui.withdrawn")} action={withdrawPermitAction} tone="danger" testId="withdraw" />
        )}
      </div>
    </>
  );
}
