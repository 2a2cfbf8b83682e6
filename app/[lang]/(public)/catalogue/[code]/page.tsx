import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CategoryIcon } from "@/components/catalogue/parts";
import { Logo } from "@/components/shells/logo";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { PrintPageStyle } from "@/components/ui/print-page-style";
import { getServiceGuide } from "@/lib/domain/catalogue/queries/public-catalogue";
import { formatGregorian } from "@/lib/i18n/dates";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string; code: string }> }): Promise<Metadata> {
  const lang = await langOf(params);
  const { code } = await params;
  const g = await getServiceGuide(lang, decodeURIComponent(code));
  const t = getT(lang);
  return { title: g ? t("catalogue:guide.metaTitle", { name: g.name }) : t("catalogue:title") };
}

/** Public: one service's guide (the "awareness booklet"), printable on A4 in Arabic or English. */
export default async function ServiceGuidePage({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const lang = await langOf(params);
  const { code } = await params;
  const t = getT(lang);
  const g = await getServiceGuide(lang, decodeURIComponent(code));
  if (!g) notFound();
  const section = (title: string, items: string[], empty: string, ordered = false) => {
    const List = ordered ? "ol" : "ul";
    return (
      <section className="mt-6 break-inside-avoid" aria-label={title}>
        <h2 className="border-b-2 border-brand-700 pb-1 text-lg font-bold text-brand-900">{title}</h2>
        {items.length === 0 ? (
          <p className="mt-2 text-slate-700">{empty}</p>
        ) : (
          <List className={`mt-3 space-y-2 ps-6 ${ordered ? "list-decimal" : "list-disc"} marker:font-bold marker:text-brand-700`}>
            {items.map((x, i) => <li key={i} className="ps-1 text-slate-800">{x}</li>)}
          </List>
        )}
      </section>
    );
  };
  const fact = (label: string, value: React.ReactNode, testId?: string) => (
    <div className="border-b border-sand-200 py-2">
      <dt className="text-xs font-bold text-slate-600">{label}</dt>
      <dd className="mt-0.5 font-bold text-slate-900" data-testid={testId}>{value}</dd>
    </div>
  );

  return (
    <div className="mx-auto max-w-4xl px-4 py-8 print:max-w-none print:p-0">
      <PrintPageStyle margin="14mm" />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/${lang}/catalogue`} className={buttonClass("ghost")}>{t("catalogue:guide.back")}</Link>
        <div className="flex flex-wrap gap-2">
          {g.liveHref && <Link href={g.liveHref} className={buttonClass("secondary")} data-testid="guide-start">{t("catalogue:guide.start")}</Link>}
          <PrintButton label={t("catalogue:guide.print")} />
        </div>
      </div>

      <article data-testid="service-guide" data-code={g.code} className="rounded-xl border border-sand-200 bg-white p-6 shadow-sm sm:p-8 print:rounded-none print:border-0 print:p-0 print:shadow-none">
        <header className="flex items-start justify-between gap-4 border-b-2 border-brand-700 pb-4">
          <div className="text-sm leading-relaxed text-slate-700">
            <p className="font-bold">{t("licensing:certificate.kingdom")}</p>
            <p>{t("licensing:certificate.ministry")}</p>
            <p>{t("common:portalName")}</p>
          </div>
          <Logo />
        </header>

        <p className="mt-6 text-sm font-bold text-gold-600">{t("catalogue:guide.kicker")}</p>
        <div className="mt-1 flex items-start gap-3">
          <CategoryIcon category={g.category} className="print:hidden" />
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{g.name}</h1>
        </div>
        <p className="mt-3 text-slate-700">{g.description}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Badge tone="slate">{t(`catalogue:categories.${g.category}.title`)}</Badge>
          {g.requiresLogin ? <Badge tone="amber">{t("catalogue:card.requiresLogin")}</Badge> : <Badge tone="green">{t("catalogue:card.open")}</Badge>}
        </div>

        <dl className="mt-6 grid grid-cols-1 gap-x-8 sm:grid-cols-2 print:grid-cols-2">
          {fact(t("catalogue:guide.code"), <bdi dir="ltr">{g.code}</bdi>, "guide-code")}
          {fact(t("catalogue:guide.audience"), t(`catalogue:audiences.${g.audience}`))}
          {fact(t("catalogue:guide.department"), g.department)}
          {fact(t("catalogue:guide.channels"), g.channels.map((c) => t(`catalogue:channels.${c}`)).join(lang === "ar" ? "، " : ", "))}
          {fact(t("catalogue:guide.fee"), g.feeHalalas !== null && g.feeHalalas > 0 ? formatHalalas(g.feeHalalas, lang) : g.fee, "guide-fee")}
          {fact(t("catalogue:guide.duration"), g.duration, "guide-duration")}
          {g.liveHref && fact(t("catalogue:guide.link"), <bdi dir="ltr" className="wrap-anywhere text-sm">{g.liveHref}</bdi>)}
          {fact(t("catalogue:guide.updated"), formatGregorian(g.updatedAt, lang))}
        </dl>

        {section(t("catalogue:guide.requirements"), g.requirements, t("catalogue:guide.noRequirements"))}
        {section(t("catalogue:guide.documents"), g.documents, t("catalogue:guide.noDocuments"))}
        {section(t("catalogue:guide.steps"), g.steps, "", true)}

        <footer className="mt-8 border-t border-sand-200 pt-3 text-sm text-slate-600">{t("catalogue:guide.contact")}</footer>
      </article>
    </div>
  );
}
