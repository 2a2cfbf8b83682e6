import Link from "next/link";
import { PermitStatusBadge } from "@/components/permits/parts";
import { buttonClass } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { staffQueue } from "@/lib/domain/permits/queries/permits";
import type { PermitState } from "@/lib/domain/permits/workflow";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("staffPermits");

type Row = Awaited<ReturnType<typeof staffQueue>>["review"][number];

function Rows({ rows, lang, empty, testId }: { rows: Row[]; lang: Lang; empty: string; testId: string }) {
  const t = getT(lang);
  if (rows.length === 0) return <p className="rounded-xl border border-sand-200 bg-white p-5 text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-3">
      {rows.map((p) => (
        <li key={p.id} data-testid={testId} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
          <div className="min-w-0">
            <p className="font-bold text-brand-900">{localName(lang, p.kind)} <bdi dir="ltr" className="ms-2 text-sm text-slate-500 tabular-nums">{p.number}</bdi></p>
            <p className="text-sm text-slate-600">{p.ownerName} · {localName(lang, p.district)} · {t("permits:ui.planParcel", { plan: p.planNo, parcel: p.parcelNo })}</p>
            {p.slaDueAt && <p className="text-xs text-slate-600">{t("permits:fields.dueAt")}: <DateText date={p.slaDueAt} lang={lang} withTime /></p>}
          </div>
          <div className="flex items-center gap-3">
            <PermitStatusBadge status={p.status as PermitState} lang={lang} />
            <Link href={`/${lang}/staff/permits/${p.id}`} className={buttonClass("secondary")}>{t("permits:staff.open")}<span className="sr-only"> {p.number}</span></Link>
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The reviewer's department queue (oldest due first) and the signatory's queue. */
export default async function StaffPermitsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "permits.lookup", `/${lang}/staff/permits`);
  const t = getT(lang);
  const { review, signing, cancelRequests } = await staffQueue(actor);
  return (
    <>
      <PageHeader title={t("permits:staff.title")} subtitle={t("permits:staff.subtitle")} />
      {actor.roles.includes("PERMITS_REVIEWER") && (
        <section aria-labelledby="review-title" className="mb-8">
          <h2 id="review-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:staff.reviewQueue")}</h2>
          <Rows rows={review} lang={lang} empty={t("permits:staff.noReview")} testId="review-row" />
        </section>
      )}
      {actor.roles.includes("PERMITS_SIGNATORY") && (
        <section aria-labelledby="sign-title">
          <h2 id="sign-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:staff.signQueue")}</h2>
          <Rows rows={signing} lang={lang} empty={t("permits:staff.noSigning")} testId="sign-row" />
        </section>
      )}
      {actor.roles.includes("PERMITS_SIGNATORY") && (
        <section aria-labelledby="cancel-requests-title" className="mt-8">
          <h2 id="cancel-requests-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:cancel.queue")}</h2>
          <Rows rows={cancelRequests} lang={lang} empty={t("permits:cancel.noRequests")} testId="cancel-request-row" />
        </section>
      )}
    </>
  );
}
