import { notFound } from "next/navigation";
import Link from "next/link";
import { KindBadge } from "@/components/licensing-office/badges";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getOfficeApplication } from "@/lib/domain/licensing/queries/office-application";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { InspectionForm } from "./inspection-form";
import { recordInspectionAction } from "../actions";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("officeInspection");

/** Phone-first: the office's technical inspector stands in the shop and records the visit. */
export default async function InspectPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "licensing.office.inspect", `/${lang}/office/applications/${id}/inspect`);
  const t = getT(lang);
  const app = await getOfficeApplication(actor, id);
  if (!app) notFound();
  const back = `/${lang}/office/applications/${app.id}`;

  return (
    <div className="mx-auto max-w-2xl">
      <Link href={back} className="mb-2 inline-flex min-h-11 items-center text-sm font-bold text-brand-700 hover:underline">{t("licensingOffice:inspect.backToApplication")}</Link>
      <PageHeader title={t("licensingOffice:inspect.title")} subtitle={t("licensingOffice:inspect.subtitle")} />
      <section className="mb-5 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <p className="text-lg font-bold text-brand-900" data-testid="inspect-trade-name">{app.tradeNameAr ?? "—"}</p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <bdi dir="ltr" className="tabular-nums">{app.number}</bdi>
          <KindBadge lang={lang} kind={app.kind} />
          {app.activity && <span>{localName(lang, app.activity)}</span>}
        </p>
        {app.addressAr && <p className="mt-1 text-sm text-slate-700">{app.addressAr}</p>}
        {app.latitude != null && app.longitude != null && (
          <p className="mt-1 text-xs text-slate-600">
            {t("licensingOffice:inspect.declared")}:{" "}
            <a className="text-brand-700 underline" target="_blank" rel="noopener" href={`https://www.openstreetmap.org/?mlat=${app.latitude}&mlon=${app.longitude}#map=18/${app.latitude}/${app.longitude}`}>
              <bdi dir="ltr" className="tabular-nums">{`${app.latitude.toFixed(5)}, ${app.longitude.toFixed(5)}`}</bdi>
            </a>
          </p>
        )}
      </section>
      {/* Always the same component: the page is re-rendered after the visit is saved (no longer due), and the form keeps its confirmation. */}
      <InspectionForm
        action={recordInspectionAction}
        lang={lang}
        applicationId={app.id}
        items={app.checklist}
        needsHealth={app.kind === "HEALTH"}
        backHref={back}
        due={app.actions.includes("inspect")}
        notDue={<Alert tone="warning" testId="inspect-not-now" title={t("licensingOffice:inspect.notNow")} />}
      />
    </div>
  );
}
