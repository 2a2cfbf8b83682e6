import type { Metadata } from "next";
import Link from "next/link";
import { ServiceCard } from "@/components/catalogue/parts";
import { PlainField } from "@/components/forms/plain-field";
import { PlainSelect } from "@/components/forms/plain-select";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { parseCatalogueFilters, searchCatalogue } from "@/lib/domain/catalogue/queries/public-catalogue";
import { AUDIENCES, CATEGORIES } from "@/lib/domain/catalogue/schemas";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { pageParam } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("catalogue:title") };
}

type SP = { q?: string | string[]; category?: string | string[]; audience?: string | string[]; page?: string | string[] };

/** Public: every published service, searched as people type Arabic, filtered by category and audience. */
export default async function CataloguePage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<SP> }) {
  const lang = await langOf(params);
  const sp = await searchParams;
  const t = getT(lang);
  const filters = parseCatalogueFilters(sp, pageParam(sp.page));
  const result = await searchCatalogue(lang, filters);
  return (
    <div className="mx-auto max-w-7xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("catalogue:title")}</h1>
      <p className="mt-1 text-slate-600">{t("catalogue:subtitle")}</p>

      <form method="get" action={`/${lang}/catalogue`} role="search" className="mt-6 grid gap-4 rounded-xl border border-sand-200 bg-white p-4 shadow-sm md:grid-cols-[2fr_1fr_1fr_auto] md:items-end" data-testid="catalogue-search">
        <PlainField name="q" type="search" label={t("catalogue:search.label")} placeholder={t("catalogue:search.placeholder")} hint={t("catalogue:search.hint")} defaultValue={filters.q} dir="auto" />
        <PlainSelect name="category" label={t("catalogue:filters.category")} placeholder={t("catalogue:filters.all")} defaultValue={filters.category ?? ""} options={CATEGORIES.map((c) => ({ value: c, label: t(`catalogue:categories.${c}.title`) }))} />
        <PlainSelect name="audience" label={t("catalogue:filters.audience")} placeholder={t("catalogue:filters.all")} defaultValue={filters.audience ?? ""} options={AUDIENCES.map((a) => ({ value: a, label: t(`catalogue:audiences.${a}`) }))} />
        <div className="flex gap-2">
          <Button type="submit" className="min-h-11">{t("catalogue:search.submit")}</Button>
          {(filters.q || filters.category || filters.audience) && (
            <Link href={`/${lang}/catalogue`} className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-bold text-brand-700 hover:underline">{t("catalogue:search.clear")}</Link>
          )}
        </div>
      </form>

      <p className="mt-6 text-sm font-bold text-slate-700" role="status" data-testid="catalogue-count">
        {filters.q ? `${t("catalogue:results.for", { q: filters.q })} · ` : ""}{t("catalogue:results.count", { count: result.total })}
      </p>
      {result.rows.length === 0 ? (
        <p className="mt-4 rounded-xl border border-sand-200 bg-white p-6 text-slate-700" data-testid="catalogue-empty">{t("catalogue:results.none")}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="catalogue-results">
          {result.rows.map((s) => <ServiceCard key={s.code} lang={lang} s={s} heading="h2" />)}
        </ul>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} basePath={`/${lang}/catalogue`} query={{ q: filters.q || undefined, category: filters.category ?? undefined, audience: filters.audience ?? undefined }} />
    </div>
  );
}
