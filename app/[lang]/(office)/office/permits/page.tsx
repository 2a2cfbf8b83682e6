import Link from "next/link";
import { PermitStatusBadge } from "@/components/permits/parts";
import { buttonClass } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { officeQueue } from "@/lib/domain/permits/queries/permits";
import type { PermitState } from "@/lib/domain/permits/workflow";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("officePermits");

/** The engineering office's permits and the owners' authorizations waiting for a permit. */
export default async function OfficePermitsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "permits.office.queue", `/${lang}/office/permits`);
  const t = getT(lang);
  const { permits, authorizations } = await officeQueue(actor);
  return (
    <>
      <PageHeader title={t("permits:office.title")} subtitle={t("permits:office.subtitle")} actions={<Link href={`/${lang}/office/permits/new`} className={buttonClass("primary")} data-testid="new-permit">{t("permits:office.new")}</Link>} />
      <section aria-labelledby="auths-title" className="mb-8">
        <h2 id="auths-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:office.authorizations")}</h2>
        {authorizations.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-5 text-slate-600">{t("permits:office.noAuthorizations")}</p>
        ) : (
          <ul className="space-y-2">
            {authorizations.map((a) => (
              <li key={a.id} data-testid="authorization-row" className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-sand-200 bg-white p-3 text-sm">
                <span>{a.owner.nameAr} · {localName(lang, a.district)} · {t("permits:ui.planParcel", { plan: a.planNo, parcel: a.parcelNo })}</span>
                <span className="flex items-center gap-3"><DateText date={a.createdAt} lang={lang} />
                  <Link href={`/${lang}/office/permits/new?auth=${a.id}`} className={buttonClass("secondary")}>{t("permits:office.prepare")}</Link>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="permits-title">
        <h2 id="permits-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:office.permits")}</h2>
        {permits.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-5 text-slate-600">{t("permits:office.none")}</p>
        ) : (
          <ul className="space-y-3">
            {permits.map((p) => (
              <li key={p.id} data-testid="office-permit-row" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
                <div className="min-w-0">
                  <p className="font-bold text-brand-900">{localName(lang, p.kind)} <bdi dir="ltr" className="ms-2 text-sm text-slate-500 tabular-nums">{p.number}</bdi></p>
                  <p className="text-sm text-slate-600">{p.ownerName} · {t("permits:ui.planParcel", { plan: p.planNo, parcel: p.parcelNo })}{p.currentDepartment ? ` · ${localName(lang, p.currentDepartment)}` : ""}</p>
                </div>
                <div className="flex items-center gap-3">
                  <PermitStatusBadge status={p.status as PermitState} lang={lang} />
                  <Link href={`/${lang}/office/permits/${p.id}`} className={buttonClass("secondary")}>{t("permits:ui.view")}<span className="sr-only"> {p.number}</span></Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
