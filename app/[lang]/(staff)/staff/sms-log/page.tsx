import { pageParam } from "@/lib/validation";
import { notFound } from "next/navigation";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { devSmsEnabled } from "@/lib/env";
import { formatSaudiMobile } from "@/lib/domain/identity/mobile";
import { listSmsLog } from "@/lib/domain/notifications/queries/sms-log";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("smsLog");

export default async function SmsLogPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ to?: string; page?: string }> }) {
  const lang = await langOf(params);
  // A development tool: absent in production unless a demo asked for the dev SMS provider (lib/env.ts).
  if (!devSmsEnabled()) notFound();
  const actor = await requirePageActor(lang, "sms.log.read", `/${lang}/staff/sms-log`);
  const t = getT(lang);
  const sp = await searchParams;
  const to = typeof sp.to === "string" ? sp.to : undefined;
  const result = await listSmsLog(actor, { to, page: pageParam(sp.page) });

  return (
    <>
      <PageHeader title={t("notifications:smsLog.title")} subtitle={t("notifications:smsLog.subtitle")} />
      <form method="get" role="search" className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-sand-200 bg-white p-4">
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t("common:mobile")}
          <input name="to" defaultValue={to} dir="ltr" inputMode="tel" className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm" />
        </label>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-bold text-white hover:bg-brand-700">{t("common:search")}</button>
      </form>
      {result.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("notifications:smsLog.empty")}</p>
      ) : (
        <Table caption={t("notifications:smsLog.title")} head={[t("notifications:smsLog.sentAt"), t("common:mobile"), t("notifications:smsLog.body")]}>
          {result.rows.map((m) => (
            <tr key={m.id} data-testid="sms-row">
              <Td className="whitespace-nowrap"><DateText date={m.createdAt} lang={lang} withTime /></Td>
              <Td><span dir="ltr" className="whitespace-nowrap tabular-nums">{formatSaudiMobile(m.to)}</span></Td>
              <Td><p dir="auto" className="max-w-xl whitespace-pre-line text-start" data-testid="sms-body">{m.body}</p></Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} basePath={`/${lang}/staff/sms-log`} query={{ to }} />
    </>
  );
}
