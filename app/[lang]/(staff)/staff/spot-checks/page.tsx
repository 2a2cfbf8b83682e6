import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { SpotStatusBadge } from "@/components/supervision/penalty-parts";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { inspectorSpotChecks } from "@/lib/domain/offices/queries/spot-checks";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("spotChecks");

export default async function SpotCheckQueuePage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "offices.spotcheck.inspect", `/${lang}/staff/spot-checks`);
  const t = getT(lang);
  const sp = await searchParams;
  const r = await inspectorSpotChecks(actor, { page: pageParam(sp.page) });
  return (
    <>
      <PageHeader title={t("penalties:spot.queueTitle")} subtitle={t("penalties:spot.queueSubtitle")} />
      {r.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="spot-queue-empty">{t("penalties:spot.queueEmpty")}</p>
      ) : (
        <Table caption={t("penalties:spot.queueTitle")} head={[t("penalties:fields.license"), t("penalties:fields.establishment"), t("penalties:spot.issuedBy"), t("penalties:fields.municipality"), t("penalties:fields.status"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
          {r.rows.map((c) => (
            <tr key={c.id} data-testid="spot-task" data-license={c.license.number}>
              <Td><bdi dir="ltr" className="font-bold tabular-nums">{c.license.number}</bdi></Td>
              <Td><p className="font-bold">{c.license.tradeNameAr}</p><p className="text-xs text-slate-600">{localName(lang, c.license.activity)}</p></Td>
              <Td>{localName(lang, c.office)}</Td>
              <Td>{localName(lang, c.license.municipality)}</Td>
              <Td><SpotStatusBadge t={t} status={c.status} />{c.checkedAt && <p className="mt-1 text-xs text-slate-500"><DateText date={c.checkedAt} lang={lang} /></p>}</Td>
              <Td>
                <Link href={`/${lang}/staff/spot-checks/${c.id}`} className="inline-flex min-h-11 items-center rounded-lg border border-brand-600 px-3 text-sm font-bold text-brand-700 hover:bg-brand-50">
                  {t("penalties:spot.open")}
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination lang={lang} page={r.page} pageSize={r.pageSize} total={r.total} basePath={`/${lang}/staff/spot-checks`} query={{}} />
    </>
  );
}
