import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { ComplaintStatusBadge } from "@/components/complaints/citizen-view";
import { ButtonLink } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/require-actor";
import { listMyComplaints } from "@/lib/domain/complaints/queries/citizen";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myComplaints");

export default async function MyComplaintsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "complaints.mine", `/${lang}/my/complaints`);
  const t = getT(lang);
  const sp = await searchParams;
  const result = await listMyComplaints(actor, { page: pageParam(sp.page) });

  return (
    <>
      <PageHeader title={t("complaints:my.title")} subtitle={t("complaints:my.subtitle")} actions={<ButtonLink href={`/${lang}/complaints/new`}>{t("complaints:my.new")}</ButtonLink>} />
      {result.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("complaints:my.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {result.rows.map((c) => (
            <li key={c.reference} data-testid="my-complaint">
              <Link
                href={`/${lang}/my/complaints/${c.reference}`}
                className="block rounded-xl border border-sand-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-xs text-slate-500">
                      {t("complaints:view.reference")} <span dir="ltr" className="font-bold tabular-nums text-slate-700">{c.reference}</span>
                    </p>
                    <p className="mt-1 font-bold text-brand-900">{localName(lang, c.category)}</p>
                    <p dir="auto" className="line-clamp-1 text-start text-sm text-slate-600">{c.description}</p>
                  </div>
                  <ComplaintStatusBadge lang={lang} status={c.status} />
                </div>
                <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-slate-600">
                  <span>{localName(lang, c.municipality)}{c.district ? ` — ${localName(lang, c.district)}` : ""}</span>
                  <DateText date={c.createdAt} lang={lang} />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} basePath={`/${lang}/my/complaints`} query={{}} />
    </>
  );
}
