import type { Metadata } from "next";
import Link from "next/link";
import { PlainField } from "@/components/forms/plain-field";
import { PermitStatusBadge } from "@/components/permits/parts";
import { Button } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { permitStatusByNumber } from "@/lib/domain/permits/queries/permits";
import { ZPermitInquiry } from "@/lib/domain/permits/schemas";
import type { PermitState } from "@/lib/domain/permits/workflow";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { translateMessage } from "@/lib/i18n/core";
import { localName } from "@/lib/kernel/locale";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permits:inquiry.title"), robots: { index: false, follow: false } };
}

/** Public: a permit's status by its number (nothing else; the details after the owner signs in). Works without JavaScript. */
export default async function PermitInquiryPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ number?: string }> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const sp = await searchParams;
  const asked = sp.number !== undefined;
  const parsed = asked ? ZPermitInquiry.safeParse({ number: sp.number }) : null;
  const error = parsed && !parsed.success ? translateMessage(t, parsed.error.issues[0]?.message ?? "validation:required") : undefined;
  const found = parsed?.success ? await permitStatusByNumber(parsed.data.number) : null;
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("permits:inquiry.title")}</h1>
      <p className="mt-2 text-slate-600">{t("permits:inquiry.intro")}</p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-label={t("permits:inquiry.title")}>
        <PlainField name="number" label={t("permits:fields.number")} defaultValue={sp.number ?? ""} error={error} dir="ltr" autoComplete="off" className="min-w-0 flex-1" />
        <Button type="submit">{t("permits:inquiry.search")}</Button>
      </form>
      {parsed?.success && (
        <section className="mt-6 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" data-testid="inquiry-result" aria-live="polite">
          {found ? (
            <dl className="grid gap-4 sm:grid-cols-2">
              <div><dt className="text-xs font-bold text-slate-500">{t("permits:fields.number")}</dt><dd><bdi dir="ltr" className="font-bold tabular-nums">{found.number}</bdi></dd></div>
              <div><dt className="text-xs font-bold text-slate-500">{t("permits:fields.kind")}</dt><dd>{localName(lang, found.kind)}</dd></div>
              <div><dt className="text-xs font-bold text-slate-500">{t("permits:fields.status")}</dt><dd><PermitStatusBadge status={found.status as PermitState} lang={lang} /></dd></div>
              <div><dt className="text-xs font-bold text-slate-500">{t("permits:fields.updatedAt")}</dt><dd><DateText date={found.updatedAt} lang={lang} /></dd></div>
            </dl>
          ) : (
            <p data-testid="inquiry-not-found">{t("permits:inquiry.notFound")}</p>
          )}
          <p className="mt-4 text-sm text-slate-600">{t("permits:inquiry.signInForDetails")} <Link className="font-bold text-brand-700 underline" href={`/${lang}/my/permits`}>{t("permits:mine.title")}</Link></p>
        </section>
      )}
    </div>
  );
}
