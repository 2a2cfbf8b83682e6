import { notFound } from "next/navigation";
import { PenaltyKindBadge, SpotStatusBadge } from "@/components/supervision/penalty-parts";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { inspectorSpotCheck } from "@/lib/domain/offices/queries/spot-checks";
import { isAppError } from "@/lib/errors";
import { formatGregorian } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { RecordSpotCheckForm } from "./record-form";
import { localName } from "@/lib/kernel/locale";
import { recordSpotCheckAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("spotCheck");

export default async function SpotCheckPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "offices.spotcheck.inspect", `/${lang}/staff/spot-checks/${id}`);
  const t = getT(lang);
  const c = await inspectorSpotCheck(actor, id).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const est = c.license.establishment;
  const map = est.latitude !== null && est.longitude !== null ? `https://www.google.com/maps?q=${est.latitude},${est.longitude}` : null;
  return (
    <>
      <PageHeader title={t("penalties:spot.recordTitle", { number: c.license.number })} subtitle={<SpotStatusBadge t={t} status={c.status} />} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={c.license.tradeNameAr}>
          <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-3 text-sm">
            <dt className="text-slate-600">{t("penalties:fields.license")}</dt><dd><bdi dir="ltr" className="font-bold tabular-nums">{c.license.number}</bdi></dd>
            <dt className="text-slate-600">{t("penalties:spot.activity")}</dt><dd>{localName(lang, c.license.activity)}</dd>
            <dt className="text-slate-600">{t("penalties:spot.issuedBy")}</dt><dd>{localName(lang, c.office)}</dd>
            <dt className="text-slate-600">{t("penalties:spot.issuedAt")}</dt><dd><DateText date={c.license.issuedAt} lang={lang} /></dd>
            <dt className="text-slate-600">{t("penalties:fields.municipality")}</dt><dd>{localName(lang, c.license.municipality)}</dd>
            <dt className="text-slate-600">{t("penalties:spot.address")}</dt>
            <dd>{est.addressAr ?? "—"}{map && <> · <a href={map} target="_blank" rel="noreferrer" className="font-bold text-brand-700 underline underline-offset-4" dir="ltr">{est.latitude?.toFixed(5)}, {est.longitude?.toFixed(5)}</a></>}</dd>
          </dl>
        </Card>
        <Card title={t("penalties:spot.result")}>
          {c.status === "PENDING" ? (
            <RecordSpotCheckForm spotCheckId={c.id} action={recordSpotCheckAction} />
          ) : (
            <div className="space-y-3">
              <Alert tone={c.status === "FINDING" ? "warning" : "success"} title={t(`penalties:spotStatus.${c.status}`)}>
                {c.checkedAt && <p>{t("penalties:spot.done", { date: formatGregorian(c.checkedAt, lang) })}</p>}
                {c.findingNote && <p className="mt-2 whitespace-pre-line">{c.findingNote}</p>}
              </Alert>
              {c.penalty && <p className="flex items-center gap-2 text-sm" data-testid="spot-penalty">{t("penalties:spot.proposedPenalty")} <PenaltyKindBadge t={t} kind={c.penalty.kind} /><bdi dir="ltr" className="font-bold tabular-nums">{c.penalty.number}</bdi></p>}
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
