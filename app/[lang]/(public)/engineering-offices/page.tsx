import type { Metadata } from "next";
import { PlainField } from "@/components/forms/plain-field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { db } from "@/lib/db";
import { lookupEngineeringOffices } from "@/lib/domain/permits/offices";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permits:offices.title") };
}

const TONE = { ACTIVE: "green", SUSPENDED: "amber", REVOKED: "red", PENDING: "slate" } as const;

/** Public: look up an engineering office by its license number or name (license, class, validity, status). */
export default async function EngineeringOfficesPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string }> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const q = ((await searchParams).q ?? "").slice(0, 80);
  const rows = q.trim().length >= 2 ? await lookupEngineeringOffices(db, q) : null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("permits:offices.title")}</h1>
      <p className="mt-2 text-slate-600">{t("permits:offices.intro")}</p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-label={t("permits:offices.title")}>
        <PlainField name="q" label={t("permits:offices.search")} defaultValue={q} autoComplete="off" className="min-w-0 flex-1" />
        <Button type="submit">{t("permits:inquiry.search")}</Button>
      </form>
      {rows && (
        rows.length === 0 ? (
          <p className="mt-6 rounded-xl border border-sand-200 bg-white p-5" data-testid="offices-none">{t("permits:offices.none")}</p>
        ) : (
          <ul className="mt-6 space-y-3">
            {rows.map((o) => (
              <li key={o.licenseNo} data-testid="office-result" className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="text-lg font-bold text-brand-900">{localName(lang, o)}</p>
                  <Badge tone={TONE[o.status as keyof typeof TONE] ?? "slate"} status={o.status}>{t(`permits:officeStatus.${o.status as "ACTIVE"}`)}</Badge>
                </div>
                <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
                  <div><dt className="text-xs text-slate-500">{t("permits:fields.officeLicenseNo")}</dt><dd><bdi dir="ltr" className="font-bold">{o.licenseNo}</bdi></dd></div>
                  <div><dt className="text-xs text-slate-500">{t("permits:fields.classification")}</dt><dd>{o.classification ? t(`permits:classes.${o.classification as "FIRST"}`) : "—"}</dd></div>
                  <div><dt className="text-xs text-slate-500">{t("permits:fields.validUntil")}</dt><dd>{o.validUntil ? <DateText date={o.validUntil} lang={lang} /> : "—"}</dd></div>
                  <div><dt className="text-xs text-slate-500">{t("permits:fields.engineers")}</dt><dd className="tabular-nums">{o.engineers}</dd></div>
                </dl>
                <p className="mt-2 text-sm text-slate-600">{o.municipalities.map((m) => localName(lang, m)).join("، ")}</p>
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}
