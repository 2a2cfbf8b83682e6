import type { Metadata } from "next";
import { UtilitySearchForm } from "@/components/permits/utility-search-form";
import { groupBy } from "@/lib/kernel/group-by";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { searchDistricts } from "@/lib/domain/permits/electricity/queries/districts";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { searchPermitsAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permitsAfterIssue:search.title") };
}

/** The electricity company's permit search: four criteria, a stated purpose, results with only what a connection needs. */
export default async function UtilitySearchPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "permits.utility.search", `/${lang}/utility`);
  const t = getT(lang);
  const districts = await searchDistricts(actor);
  return (
    <>
      <PageHeader title={t("permitsAfterIssue:search.title")} subtitle={t("permitsAfterIssue:search.subtitle")} />
      <UtilitySearchForm lang={lang} action={searchPermitsAction} districts={groupBy(districts, (d) => localName(lang, d.municipality)).map(([label, ds]) => ({ label, options: ds.map((d) => ({ value: d.id, label: localName(lang, d) })) }))} />
    </>
  );
}
