import Link from "next/link";
import { CategoryIcon, FRONT_DOOR, ServiceCard } from "@/components/catalogue/parts";
import { Icon } from "@/components/ui/icon";
import { homeCatalogue } from "@/lib/domain/catalogue/queries/public-catalogue";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("home");

/** The landing page. Its links do not prefetch, like the shell's (docs/decisions/047-shell-links-without-prefetch.md). */
export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const groups = await homeCatalogue(lang);

  return (
    <>
      <section className="bg-gradient-to-b from-brand-800 to-brand-700 text-white">
        <div className="mx-auto max-w-7xl px-4 py-12 sm:py-16">
          <p className="text-sm font-bold text-gold-500">{t("home:hero.kicker")}</p>
          <h1 className="mt-2 max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">{t("home:hero.title")}</h1>
          <p className="mt-4 max-w-2xl text-brand-100">{t("home:hero.body")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link prefetch={false} href={`/${lang}/sign-in`} className="min-h-11 rounded-lg bg-white px-5 py-2.5 font-bold text-brand-800 hover:bg-brand-50">
              {t("home:hero.primary")}
            </Link>
            <a href="#services" className="min-h-11 rounded-lg border border-white/60 px-5 py-2.5 font-bold text-white hover:bg-white/10">
              {t("home:hero.secondary")}
            </a>
          </div>
        </div>
      </section>

      <section aria-labelledby="front-door-title" className="mx-auto max-w-7xl px-4 pt-10">
        <h2 id="front-door-title" className="text-xl font-bold text-brand-900">{t("catalogue:frontDoor.title")}</h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="front-door">
          {FRONT_DOOR.map((l) => (
            <li key={l.key}>
              <Link prefetch={false} href={`/${lang}${l.href}`} className="flex min-h-16 items-center gap-3 rounded-xl border border-sand-200 bg-white p-4 font-bold text-brand-900 shadow-sm hover:border-brand-600 hover:bg-brand-50">
                <span className="rounded-lg bg-brand-50 p-2 text-brand-700" aria-hidden="true"><Icon name={l.icon} /></span>
                {t(`catalogue:frontDoor.${l.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-title" className="mx-auto max-w-7xl px-4 py-10">
        <h2 id="how-title" className="text-xl font-bold text-brand-900">{t("home:how.title")}</h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-3">
          {(["apply", "process", "issue"] as const).map((step, i) => (
            <li key={step} className="rounded-xl border border-sand-200 bg-white p-5">
              <span className="inline-flex size-8 items-center justify-center rounded-full bg-brand-50 font-bold text-brand-700">{i + 1}</span>
              <p className="mt-3 font-bold text-slate-900">{t(`home:how.${step}.title`)}</p>
              <p className="mt-1 text-sm text-slate-600">{t(`home:how.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section id="services" aria-labelledby="services-title" className="mx-auto max-w-7xl scroll-mt-4 px-4 pb-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="services-title" className="text-2xl font-bold text-brand-900">{t("home:catalogue.title")}</h2>
            <p className="mt-1 text-slate-600">{t("home:catalogue.subtitle")}</p>
          </div>
          <Link prefetch={false} href={`/${lang}/catalogue`} className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-bold text-white hover:bg-brand-700" data-testid="browse-catalogue">
            {t("catalogue:home.browseAll")}
          </Link>
        </div>
        <div className="mt-6 space-y-10">
          {groups.map((group) => (
            <section key={group.category} aria-labelledby={`cat-${group.category}`}>
              <div className="flex items-center gap-3">
                <CategoryIcon category={group.category} />
                <h3 id={`cat-${group.category}`} className="text-lg font-bold text-slate-900">{t(`catalogue:categories.${group.category}.title`)}</h3>
                <span className="text-sm text-slate-600">{t("home:catalogue.count", { count: group.total })}</span>
              </div>
              <p className="mt-1 text-sm text-slate-600">{t(`catalogue:categories.${group.category}.body`)}</p>
              <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {group.services.map((s) => <ServiceCard key={s.code} lang={lang} s={s} heading="h4" />)}
              </ul>
              <Link prefetch={false} href={`/${lang}/catalogue?category=${group.category}`} className="mt-3 inline-flex min-h-11 items-center font-bold text-brand-700 hover:underline">
                {t("catalogue:home.allInCategory", { category: t(`catalogue:categories.${group.category}.title`), count: group.total })}
              </Link>
            </section>
          ))}
        </div>
      </section>
    </>
  );
}
