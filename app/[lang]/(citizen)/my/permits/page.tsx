import type { Metadata } from "next";
import Link from "next/link";
import { AuthorizeForm } from "@/components/forms/deferred-forms/permits";
import { PermitStatusBadge } from "@/components/permits/parts";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { authorizeOptions, listMyAuthorizations, listMyPermits } from "@/lib/domain/permits/queries/permits";
import type { PermitState } from "@/lib/domain/permits/workflow";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { authorizeOfficeAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permits:mine.title") };
}

/** The owner's permits, their authorizations of engineering offices, and the form to authorize one. */
export default async function MyPermitsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "permits.mine", `/${lang}/my/permits`);
  const t = getT(lang);
  const [permits, auths, municipalities] = await Promise.all([listMyPermits(actor), listMyAuthorizations(actor), authorizeOptions()]);
  return (
    <>
      <PageHeader title={t("permits:mine.title")} subtitle={t("permits:mine.subtitle")} />
      <section aria-labelledby="permits-title" className="mb-8">
        <h2 id="permits-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:mine.permitsTitle")}</h2>
        {permits.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-5 text-slate-600">{t("permits:mine.none")}</p>
        ) : (
          <ul className="space-y-3">
            {permits.map((p) => (
              <li key={p.id} data-testid="permit-row" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
                <div className="min-w-0">
                  <p className="font-bold text-brand-900">{localName(lang, p.kind)} <bdi dir="ltr" className="ms-2 text-sm font-bold text-slate-500 tabular-nums">{p.number}</bdi></p>
                  <p className="text-sm text-slate-600">{localName(lang, p.district)} · {t("permits:ui.planParcel", { plan: p.planNo, parcel: p.parcelNo })} · {localName(lang, p.office)}</p>
                </div>
                <div className="flex items-center gap-3">
                  <PermitStatusBadge status={p.status as PermitState} lang={lang} />
                  <Link href={`/${lang}/my/permits/${p.id}`} className={buttonClass("secondary")}>{t("permits:ui.view")}<span className="sr-only"> {p.number}</span></Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="auth-title" className="mb-8 space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
        <h2 id="auth-title" className="text-lg font-bold text-brand-900">{t("permits:ui.authorizeTitle")}</h2>
        <p className="text-sm text-slate-600">{t("permits:ui.authorizeIntro")} <Link className="font-bold text-brand-700 underline" href={`/${lang}/engineering-offices`}>{t("permits:offices.title")}</Link></p>
        <AuthorizeForm lang={lang} municipalities={municipalities} action={authorizeOfficeAction} />
      </section>
      <section aria-labelledby="auths-title">
        <h2 id="auths-title" className="mb-3 text-lg font-bold text-brand-900">{t("permits:mine.authorizationsTitle")}</h2>
        {auths.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-5 text-slate-600">{t("permits:mine.noAuthorizations")}</p>
        ) : (
          <ul className="space-y-2" data-testid="authorizations">
            {auths.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-sand-200 bg-white p-3 text-sm">
                <span>{localName(lang, a.office)} · {localName(lang, a.district)} · {t("permits:ui.planParcel", { plan: a.planNo, parcel: a.parcelNo })}</span>
                <span className="flex items-center gap-2"><DateText date={a.createdAt} lang={lang} /><Badge tone={a.status === "ACTIVE" ? "green" : "slate"}>{t(`permits:authStatus.${a.status}`)}</Badge></span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
