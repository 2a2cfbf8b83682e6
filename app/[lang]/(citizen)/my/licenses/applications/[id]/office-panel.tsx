import type { Actor } from "@/lib/auth/actor";
import { Card } from "@/components/ui/card";
import { citizenOfficePanel } from "@/lib/domain/offices/queries/supervision-enforcement";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { RateForm, ReassignForm } from "./office-forms";

/**
 * Office supervision on the citizen's application page (issue 6): the offer to move the application
 * when its office was suspended, and the rating of the office once the application is decided.
 */
export async function OfficePanel({ lang, actor, applicationId }: { lang: Lang; actor: Actor; applicationId: string }) {
  const panel = await citizenOfficePanel(actor, applicationId);
  if (!panel?.office) return null;
  const t = getT(lang);
  const officeName = lang === "ar" ? panel.office.nameAr : panel.office.nameEn;
  return (
    <>
      {panel.reassign && (
        <section className="space-y-4 rounded-xl border-2 border-red-300 bg-red-50/60 p-5" data-testid="reassign-panel" aria-labelledby="reassign-title">
          <h2 id="reassign-title" className="text-lg font-bold text-red-950">{t("penalties:reassign.title")}</h2>
          <p className="text-sm text-slate-800">{t("penalties:reassign.body", { office: officeName })}</p>
          {panel.reassign.offices.length === 0 ? (
            <p className="rounded-lg bg-white p-4 text-sm text-slate-700">{t("penalties:reassign.none")}</p>
          ) : (
            <div className="rounded-lg bg-white p-4">
              <ReassignForm
                applicationId={applicationId}
                offices={panel.reassign.offices.map((o) => ({ id: o.id, name: lang === "ar" ? o.nameAr : o.nameEn, openApplications: o.openApplications }))}
              />
            </div>
          )}
        </section>
      )}
      {panel.rating.canRate && (
        <Card title={t("penalties:rate.title")}>
          <p className="mb-3 text-sm text-slate-700">{t("penalties:rate.hint", { office: officeName })}</p>
          <RateForm applicationId={applicationId} />
        </Card>
      )}
      {panel.rating.given !== null && (
        <p className="text-sm text-slate-600" data-testid="rating-given">
          <span aria-hidden="true" className="text-amber-500">{"★".repeat(panel.rating.given)}</span> {t("penalties:rate.yours", { count: panel.rating.given })}
        </p>
      )}
    </>
  );
}
