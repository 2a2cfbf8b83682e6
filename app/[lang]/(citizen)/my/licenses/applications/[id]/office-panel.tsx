import type { Actor } from "@/lib/auth/actor";
import { Card } from "@/components/ui/card";
import { citizenOfficePanel } from "@/lib/domain/offices/queries/citizen-panel";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { RateForm, ReassignPanel } from "./office-forms";
import { rateOfficeAction, reassignApplicationAction } from "./supervision-actions";
import { localName } from "@/lib/kernel/locale";

/**
 * Office supervision on the citizen's application page (issue 6): the offer to move the application
 * when its office was suspended, and the rating of the office once the application is decided.
 */
export async function OfficePanel({ lang, actor, applicationId }: { lang: Lang; actor: Actor; applicationId: string }) {
  const panel = await citizenOfficePanel(actor, applicationId);
  if (!panel?.office) return null;
  const t = getT(lang);
  const officeName = localName(lang, panel.office);
  return (
    <>
      {/* Always rendered (null when there is nothing to offer): the success notice keeps its state when the
          page re-renders after the move, which removes the offer itself. */}
      <ReassignPanel
        applicationId={applicationId}
        action={reassignApplicationAction}
        officeName={officeName}
        offices={panel.reassign ? panel.reassign.offices.map((o) => ({ id: o.id, name: localName(lang, o), openApplications: o.openApplications })) : null}
      />
      {panel.rating.canRate && (
        <Card title={t("penalties:rate.title")}>
          <p className="mb-3 text-sm text-slate-700">{t("penalties:rate.hint", { office: officeName })}</p>
          <RateForm applicationId={applicationId} action={rateOfficeAction} />
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
