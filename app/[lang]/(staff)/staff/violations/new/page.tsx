import { Facts } from "@/components/ui/facts";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { findEstablishmentForInspection } from "@/lib/domain/violations/queries/inspector";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { RecordViolationForm } from "./record-form";
import { localName, localText } from "@/lib/kernel/locale";
import { recordViolationAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("recordViolation");

/** Phone-first: the inspector is standing in the shop. Step 1 finds the establishment (GET), step 2 records. */
export default async function RecordViolationPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "violations.record", `/${lang}/staff/violations/new`);
  const t = getT(lang);
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 40) : "";
  const found = q ? await findEstablishmentForInspection(actor, q) : null;
  const e = found?.establishment;

  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("violations:record.title")} subtitle={t("violations:record.subtitle")} />
      <form method="get" role="search" className="mb-5 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <label htmlFor="q" className="text-sm font-bold text-slate-800">{t("violations:record.search.label")}</label>
        <p id="q-hint" className="mt-1 text-xs text-slate-600">{t("violations:record.search.hint")}</p>
        <div className="mt-2 flex gap-2">
          <input id="q" name="q" defaultValue={q} dir="ltr" autoComplete="off" aria-describedby="q-hint" className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 text-base text-start" />
          <button type="submit" className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-lg bg-brand-600 px-4 text-sm font-bold text-white hover:bg-brand-700">
            <Icon name="search" className="size-4" />
            {t("violations:record.search.button")}
          </button>
        </div>
      </form>

      {q && !e && <Alert tone="warning" testId="establishment-not-found" title={t("violations:record.search.notFound")} />}

      {e && found && (
        <div className="space-y-5">
          <Card title={t("violations:record.establishmentTitle")}>
            <p className="mb-3 text-lg font-bold text-brand-900" data-testid="establishment-name">{localText(lang, e, "tradeName")}</p>
            <Facts
              items={[
                { label: t("violations:fields.crNumber"), value: <span dir="ltr" className="tabular-nums">{e.commercialRegNo}</span> },
                { label: t("violations:fields.licenseNumber"), value: <span dir="ltr" className="tabular-nums">{e.licenseNumber ?? "—"}</span> },
                { label: t("violations:fields.owner"), value: e.ownerName },
                { label: t("violations:fields.municipality"), value: localName(lang, e.municipality) },
                ...(e.addressAr ? [{ label: t("violations:fields.address"), value: e.addressAr }] : []),
              ]}
            />
          </Card>
          <RecordViolationForm key={e.id} lang={lang} establishmentId={e.id} articles={found.articles} action={recordViolationAction} />
        </div>
      )}
    </div>
  );
}
