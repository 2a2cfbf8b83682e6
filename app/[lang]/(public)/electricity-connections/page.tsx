import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { Fact } from "@/components/ui/facts";
import { connectionStatus } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { compactNumber } from "@/lib/kernel/check-digits";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permitsAfterIssue:inquiry.title"), robots: { index: false, follow: false } };
}

/** Public inquiry of an electricity connection request by its number: the status only (and the clearance number once issued). */
export default async function ElectricityConnectionInquiryPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ number?: string }> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const sp = await searchParams;
  const typed = typeof sp.number === "string" ? sp.number.slice(0, 24) : "";
  const number = compactNumber(typed).toUpperCase();
  const valid = /^EC\d{7,12}$/.test(number);
  const found = valid ? await connectionStatus(number) : null;
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("permitsAfterIssue:inquiry.title")}</h1>
      <p className="mt-2 text-slate-600">{t("permitsAfterIssue:inquiry.subtitle")}</p>
      <form method="get" role="search" className="mt-6 flex flex-col gap-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1.5">
          <label htmlFor="number" className="text-sm font-bold text-slate-800">{t("permitsAfterIssue:inquiry.label")}</label>
          <p id="number-hint" className="text-xs text-slate-600">{t("permitsAfterIssue:inquiry.hint")}</p>
          <input id="number" name="number" dir="ltr" autoComplete="off" defaultValue={typed} aria-describedby="number-hint" aria-invalid={typed && !valid ? true : undefined} className="min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-start text-base" />
        </div>
        <Button type="submit">{t("permitsAfterIssue:inquiry.submit")}</Button>
      </form>
      {typed && !valid && <div className="mt-4"><Alert tone="warning">{t("permitsAfterIssue:inquiry.invalid")}</Alert></div>}
      {valid && !found && <div className="mt-4"><Alert tone="warning">{t("permitsAfterIssue:inquiry.notFound")}</Alert></div>}
      {found && (
        <section data-testid="connection-status" data-status={found.status} className="mt-6 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <h2 className="mb-3 text-lg font-bold text-brand-900">{t("permitsAfterIssue:inquiry.result", { number: found.number })}</h2>
          <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <Fact label={t("permitsAfterIssue:fields.status")}><Badge status={found.status}>{t(`permitsAfterIssue:connectionStatus.${found.status}`)}</Badge></Fact>
            <Fact label={t("permitsAfterIssue:fields.requestedAt")}><DateText date={found.requestedAt} lang={lang} /></Fact>
            {found.clearanceNo && <Fact label={t("permitsAfterIssue:fields.clearanceNo")}><bdi dir="ltr" className="font-bold tabular-nums">{found.clearanceNo}</bdi></Fact>}
            {found.decidedAt && <Fact label={t("permitsAfterIssue:fields.decidedAt")}><DateText date={found.decidedAt} lang={lang} /></Fact>}
          </dl>
        </section>
      )}
    </div>
  );
}
